import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../records/answer-record';
import { EMPTY_RECORD } from '../records/answer-record';
import { index } from '../../test/support/zi-index';
import type { PokjaScope } from '../export/pokja-scope';
import { pokjaScope } from '../export/pokja-scope';
import { planPokjaBaseSheet, readPokjaBase } from './pokja-base';
import type { PokjaFile, PokjaFileRow } from './pokja-file-sides';
import { pokjaFileSides } from './pokja-file-sides';
import { planMerge } from './three-way';

const records = new Map<string, AnswerRecord>([
  ['A.I.1.i.a', { ...EMPTY_RECORD, answer: 'Ya', pokja: 'Pokja 1' }],
  ['A.I.2.i.a', { ...EMPTY_RECORD, answer: 'A', pokja: 'Pokja 2' }],
]);
const scope = (pokjaScope(index, records, 'Pokja 1') as { ok: true; value: PokjaScope }).value;
const document = { uid: 'doc-1', fileName: 'lke.rbw' };

/** The base sheet as the export writes it, read back as the merge reads it (cells as plain values). */
function baseOf(at: ReadonlyMap<string, AnswerRecord>) {
  const sheet = planPokjaBaseSheet(at, scope.items);
  return readPokjaBase(sheet.rows.map((r) => [0, 1, 2].map((c) => r.cells.get(c)?.value ?? null)));
}
const file = (
  rows: PokjaFileRow[],
  options: { template?: string; uid?: string; base?: boolean } = {},
): PokjaFile => ({
  fileName: 'pokja-1.xlsx',
  sheet: 'LKE',
  meta: {
    format: 'rbw-pokja',
    version: options.base === false ? 1 : 2,
    template: options.template ?? 'zi-2021',
    pokja: 'Pokja 1',
    document: 'lke.rbw',
    exportedAt: '',
    ...(options.base === false ? {} : { documentUid: options.uid ?? 'doc-1', revision: 3 }),
  },
  base: options.base === false ? null : baseOf(records),
  rows,
});
const row = (at: number, id: string, fields: PokjaFileRow['fields']): PokjaFileRow => ({
  row: at,
  id,
  fields,
});
const merged = (f: PokjaFile, now = records) => {
  const read = pokjaFileSides(index, now, scope, f, document);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return planMerge(read.value.sides);
};

describe('a pokja’s file read against its base', () => {
  it('keeps the base of every carried field and knows the items it carries', () => {
    const base = baseOf(records);
    expect(base?.valueOf('A.I.1.i.a', 'answer')).toEqual({ known: true, value: 'Ya' });
    expect(base?.valueOf('A.I.1.i.b', 'note')).toEqual({ known: true, value: null });
    // Penataan Tatalaksana is Pokja 2's: not in this file, so no base for it.
    expect(base?.valueOf('A.I.2.i.a', 'answer').known).toBe(false);
    expect(
      readPokjaBase([
        ['code', 'field', 'value'],
        ['A.I.1.i.a', 'answer', '{bad'],
      ]),
    ).toBeNull();
  });

  it('takes what only the file changed and keeps what it did not, however the document moved since', () => {
    const now = new Map(records);
    now.set('A.I.1.i.a', { ...EMPTY_RECORD, answer: 'Tidak', pokja: 'Pokja 1', note: 'dari koordinator' });
    const plan = merged(
      file([
        // unchanged since export (Ya, no note): the coordinator's Tidak and note stay
        row(7, 'A.I.1.i.a', { answer: 'ya', note: null }),
        row(8, 'A.I.1.i.b', { answer: 'B', note: 'SK terbit Maret' }),
      ]),
      now,
    );
    expect(plan.changes).toEqual([
      { itemId: 'A.I.1.i.b', field: 'answer', before: null, after: 'B' },
      { itemId: 'A.I.1.i.b', field: 'note', before: null, after: 'SK terbit Maret' },
    ]);
    expect(plan.conflicts).toEqual([]);
  });

  it('without a base, every difference is a conflict and an empty cell blanks nothing', () => {
    const plan = merged(
      file([row(7, 'A.I.1.i.a', { answer: null }), row(8, 'A.I.1.i.b', { answer: 'B' })], { base: false }),
    );
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts.map((c) => [c.itemId, c.baseKnown, c.ours, c.theirs])).toEqual([
      ['A.I.1.i.b', false, null, 'B'],
    ]);
    expect(plan.blanksKept).toEqual([{ itemId: 'A.I.1.i.a', field: 'answer', ours: 'Ya' }]);
  });

  it('refuses the whole file when it changes a row outside the pokja’s areas, naming the row', () => {
    const read = pokjaFileSides(
      index,
      records,
      scope,
      file([row(9, 'A.I.1.i.b', { answer: 'B' }), row(30, 'A.I.2.i.a', { answer: 'B' })]),
      document,
    );
    expect(read).toEqual({
      ok: false,
      problems: [
        {
          code: 'merge.outsidePokja',
          params: { code: 'A.I.2.i.a', pokja: 'Pokja 1' },
          where: { file: 'pokja-1.xlsx', sheet: 'LKE', row: 31 },
        },
      ],
    });
    // A row outside showing what the document holds changes nothing: let through.
    expect(
      pokjaFileSides(index, records, scope, file([row(30, 'A.I.2.i.a', { answer: 'a' })]), document).ok,
    ).toBe(true);
  });

  it('refuses a bad answer with its row and field, a file of another template or of another document', () => {
    const bad = pokjaFileSides(index, records, scope, file([row(9, 'A.I.1.i.b', { answer: 'D' })]), document);
    expect(bad.ok ? [] : bad.problems.map((p) => [p.code, p.where?.row, p.where?.field])).toEqual([
      ['answer.notAnOption', 10, 'A.I.1.i.b.answer'],
    ]);
    const other = pokjaFileSides(index, records, scope, file([], { template: 'zi-2026' }), document);
    expect(other.ok ? null : other.problems[0]).toMatchObject({
      code: 'merge.otherTemplate',
      params: { template: 'zi-2026', expected: 'zi-2021', document: 'lke.rbw', expectedDocument: 'lke.rbw' },
    });
    const foreign = pokjaFileSides(index, records, scope, file([], { uid: 'doc-2' }), document);
    expect(foreign.ok ? '' : foreign.problems[0]?.code).toBe('merge.otherDocument');
  });
});
