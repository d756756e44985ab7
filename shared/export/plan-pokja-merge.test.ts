import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../records/answer-record';
import { EMPTY_RECORD } from '../records/answer-record';
import { index } from '../testing/zi-index';
import type { PokjaFile, PokjaFileRow } from './plan-pokja-merge';
import { planPokjaMerge } from './plan-pokja-merge';
import type { PokjaScope } from './pokja-scope';
import { pokjaScope } from './pokja-scope';

const records = new Map<string, AnswerRecord>([
  ['A.I.1.i.a', { ...EMPTY_RECORD, answer: 'Ya', pokja: 'Pokja 1' }],
  ['A.I.2.i.a', { ...EMPTY_RECORD, answer: 'A', pokja: 'Pokja 2' }],
]);
const scope = (pokjaScope(index, records, 'Pokja 1') as { ok: true; value: PokjaScope }).value;
const file = (rows: PokjaFileRow[], template = 'zi-2021'): PokjaFile => ({
  fileName: 'pokja-1.xlsx',
  sheet: 'LKE',
  meta: { format: 'rbw-pokja', version: 1, template, pokja: 'Pokja 1', document: 'lke.rbw', exportedAt: '' },
  rows,
});
const row = (at: number, id: string, fields: PokjaFileRow['fields']): PokjaFileRow => ({
  row: at,
  id,
  fields,
});

describe('merging a pokja file back', () => {
  it('takes the changed fields of the pokja rows and drops what the document already holds', () => {
    const planned = planPokjaMerge(
      index,
      records,
      scope,
      file([
        row(8, 'A.I.1.i.a', { answer: 'ya', note: null }),
        row(9, 'A.I.1.i.b', { answer: 'B', note: 'SK terbit Maret' }),
      ]),
    );
    expect(planned).toEqual({
      ok: true,
      value: [
        { itemId: 'A.I.1.i.b', field: 'answer', value: 'B', row: 10 },
        { itemId: 'A.I.1.i.b', field: 'note', value: 'SK terbit Maret', row: 10 },
      ],
    });
  });

  it('refuses the whole file when it changes a row outside the pokja’s areas, naming the row', () => {
    const planned = planPokjaMerge(
      index,
      records,
      scope,
      file([row(9, 'A.I.1.i.b', { answer: 'B' }), row(30, 'A.I.2.i.a', { answer: 'B' })]),
    );
    expect(planned).toEqual({
      ok: false,
      problems: [
        {
          code: 'merge.outsidePokja',
          params: { code: 'A.I.2.i.a', pokja: 'Pokja 1' },
          where: { file: 'pokja-1.xlsx', sheet: 'LKE', row: 31 },
        },
      ],
    });
  });

  it('lets a row outside the areas through when it shows what the document holds', () => {
    const planned = planPokjaMerge(index, records, scope, file([row(30, 'A.I.2.i.a', { answer: 'a' })]));
    expect(planned).toEqual({ ok: true, value: [] });
  });

  it('refuses a bad answer with its row and field, and a file of another template', () => {
    const bad = planPokjaMerge(index, records, scope, file([row(9, 'A.I.1.i.b', { answer: 'D' })]));
    expect(bad.ok ? [] : bad.problems.map((p) => [p.code, p.where?.row, p.where?.field])).toEqual([
      ['answer.notAnOption', 10, 'A.I.1.i.b.answer'],
    ]);
    const other = planPokjaMerge(index, records, scope, file([], 'zi-2026'));
    expect(other.ok ? '' : other.problems[0]?.code).toBe('merge.otherTemplate');
  });
});
