import { describe, expect, it } from 'vitest';
import { EMPTY_RECORD } from '../../shared/records/answer-record';
import type { GridRow, ItemRow } from './grid-rows';
import { planPaste } from './plan-paste';

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
  item('a'),
  item('b'),
  heading('S2'),
  item('c'),
  item('d', { editable: false }),
  item('d.1', { kind: 'input' }),
];
const fields = ['answer', 'note', 'evidence'] as const;

describe('planning a paste', () => {
  it('fills question rows below the start cell and skips headings', () => {
    const plan = planPaste([['A'], ['B'], ['C']], rows, { row: 1, field: 'answer' }, fields);
    expect(plan).toEqual({
      ok: true,
      edits: [
        { itemId: 'a', field: 'answer', text: 'A', line: 1 },
        { itemId: 'b', field: 'answer', text: 'B', line: 2 },
        { itemId: 'c', field: 'answer', text: 'C', line: 3 },
      ],
    });
  });

  it('fills editable columns to the right and clears cells pasted empty', () => {
    const plan = planPaste([['A', '']], rows, { row: 1, field: 'answer' }, fields);
    expect(plan).toEqual({
      ok: true,
      edits: [
        { itemId: 'a', field: 'answer', text: 'A', line: 1 },
        { itemId: 'a', field: 'note', text: null, line: 1 },
      ],
    });
  });

  it('refuses the whole paste when a value would land on a derived row', () => {
    expect(planPaste([['A'], ['B']], rows, { row: 4, field: 'answer' }, fields)).toEqual({
      ok: false,
      reason: 'notEditable',
      detail: 'd (answer)',
    });
  });

  it('refuses the whole paste when it runs past the last row', () => {
    expect(planPaste([['1'], ['2'], ['3']], rows, { row: 5, field: 'answer' }, fields)).toMatchObject({
      ok: false,
      reason: 'tooManyRows',
    });
  });

  it('numbers each edit by the pasted line it comes from, so a refused value names that line', () => {
    // Two lines of two cells: four edits, the second line's are line 2 (not edits 3 and 4).
    const plan = planPaste(
      [
        ['A', 'catatan a'],
        ['B', 'catatan b'],
      ],
      rows,
      { row: 1, field: 'answer' },
      fields,
    );
    expect(plan.ok && plan.edits.map((e) => [e.itemId, e.field, e.line])).toEqual([
      ['a', 'answer', 1],
      ['a', 'note', 1],
      ['b', 'answer', 2],
      ['b', 'note', 2],
    ]);
  });

  it('fills a selection with one copied value, as Excel does', () => {
    const plan = planPaste([['Ya']], rows, { row: 1, field: 'answer' }, fields, { rows: 2, fields: 1 });
    expect(plan.ok && plan.edits.map((e) => e.itemId)).toEqual(['a', 'b']);
  });
});
