import { describe, expect, it } from 'vitest';
import type { RecordField } from '../../shared/records/answer-record';
import { EMPTY_RECORD } from '../../shared/records/answer-record';
import type { GridRow, ItemRow } from './grid-rows';
import type { ShownGrid } from './plan-paste';
import { copyCells, planPaste } from './plan-paste';

const item = (id: string, extra: Partial<ItemRow> = {}): ItemRow => ({
  kind: 'indicator',
  id,
  code: id,
  title: id,
  depth: 3,
  answerTypeLabel: 'A/B/C',
  type: undefined,
  editable: true,
  record: EMPTY_RECORD,
  value: null,
  reviewerValue: null,
  weight: null,
  optionTexts: undefined,
  guidance: undefined,
  ...extra,
});
const heading = (id: string): GridRow => ({
  kind: 'heading',
  id,
  code: id,
  title: id,
  depth: 2,
  value: 0,
  weight: 1,
  empty: true,
  answered: 0,
  questions: 0,
  reviewerValue: null,
  reviewed: 0,
});
const rows: GridRow[] = [
  heading('S1'),
  item('a', { record: { ...EMPTY_RECORD, answer: 'A', note: 'catatan a' }, value: 1 }),
  item('b'),
  heading('S2'),
  item('c'),
  item('d', { editable: false, value: 0.5 }),
  item('d.1', { kind: 'input' }),
];
// The Pokja view as the report saw it: Jawaban, Nilai (computed), Catatan, Bukti dukung.
const grid = (columns: string[]): ShownGrid => ({
  rows,
  columns,
  fieldOf: (col) =>
    ['answer', 'note', 'evidence', 'reviewerAnswer'].includes(col) ? (col as RecordField) : null,
  writable: (row, field) =>
    field === 'answer' || field === 'reviewerAnswer'
      ? row.editable
      : row.kind === 'indicator' || field === 'note',
  shown: (row, col) => {
    if (col === 'value') return row.value === null ? '–' : String(row.value).replace('.', ',');
    const value = col === 'answer' || col === 'note' ? row.record[col] : null;
    return value === null ? '' : String(value);
  },
});
const pokja = grid(['code', 'title', 'answer', 'value', 'note', 'evidence']);
const at = (top: number, columns: string[], bottom = top) => ({ top, bottom, columns });

describe('planning a paste onto the cells shown', () => {
  it('lands Jawaban ⇥ Nilai ⇥ Catatan in the columns shown: Nilai skipped and counted, not shifted', () => {
    const plan = planPaste([['B', '0,5', 'SOP pelayanan']], pokja, at(2, ['answer']));
    expect(plan).toEqual({
      ok: true,
      edits: [
        { itemId: 'b', field: 'answer', text: 'B', line: 1 },
        { itemId: 'b', field: 'note', text: 'SOP pelayanan', line: 1 },
      ],
      skipped: { cells: 1, columns: ['value'] },
    });
  });

  it('lands the second cell in Catatan when Nilai is hidden (the columns side by side on screen)', () => {
    const plan = planPaste([['B', 'SOP']], grid(['code', 'title', 'answer', 'note']), at(2, ['answer']));
    expect(plan.ok && plan.edits.map((e) => e.field)).toEqual(['answer', 'note']);
  });

  it('changes nothing when the grid’s own copy is pasted back onto it', () => {
    const range = at(1, ['answer', 'value', 'note', 'evidence'], 6);
    const plan = planPaste(copyCells(pokja, range), pokja, range);
    expect(plan).toEqual({ ok: true, edits: [], skipped: { cells: 0, columns: [] } });
  });

  it('fills question rows below the start cell and skips headings', () => {
    const plan = planPaste([['A'], ['B'], ['C']], pokja, at(2, ['answer']));
    // b and c take A and B; d is derived: its C is skipped.
    expect(plan.ok && plan.edits.map((e) => [e.itemId, e.text, e.line])).toEqual([
      ['b', 'A', 1],
      ['c', 'B', 2],
    ]);
    expect(plan.ok && plan.skipped).toEqual({ cells: 1, columns: ['answer'] });
  });

  it('skips a derived row’s answer and says so instead of refusing the whole paste', () => {
    const plan = planPaste([['A'], ['150%']], pokja, at(4, ['answer']));
    expect(plan).toEqual({
      ok: true,
      edits: [{ itemId: 'c', field: 'answer', text: 'A', line: 1 }],
      skipped: { cells: 1, columns: ['answer'] },
    });
  });

  it('refuses the whole paste when it runs past the last row or the last column shown', () => {
    expect(planPaste([['1'], ['2'], ['3']], pokja, at(5, ['answer']))).toMatchObject({
      ok: false,
      reason: 'tooManyRows',
    });
    expect(planPaste([['x', 'y']], pokja, at(1, ['evidence']))).toMatchObject({
      ok: false,
      reason: 'tooManyColumns',
      detail: '2',
    });
  });

  it('clears a cell pasted empty', () => {
    const plan = planPaste([['', 'x']], pokja, at(1, ['note']));
    expect(plan.ok && plan.edits).toEqual([
      { itemId: 'a', field: 'note', text: null, line: 1 },
      { itemId: 'a', field: 'evidence', text: 'x', line: 1 },
    ]);
  });

  it('fills a range with one copied value, as Excel does', () => {
    const plan = planPaste([['Ya']], pokja, at(1, ['answer'], 2));
    expect(plan.ok && plan.edits.map((e) => e.itemId)).toEqual(['a', 'b']);
  });
});
