import { describe, expect, it } from 'vitest';
import { group, question, template } from '../../test/support/small-templates';
import { indexTemplate } from '../template/template-index';
import type { AnswerRecord } from './answer-record';
import { EMPTY_RECORD } from './answer-record';
import { planEdits } from './plan-edits';

const index = indexTemplate(
  template(
    group('ROOT', 'root', 1, 'sum', [
      group('S', 'sub-area', 1, 'average', [
        question('S.a', 'Ya/Tidak'),
        question('S.b', 'A/B/C'),
        question('S.c', '%', {
          inputs: [
            { id: 'S.c.1', code: '1', title: 'Jumlah selesai', answerType: 'Jumlah' },
            { id: 'S.c.2', code: '2', title: 'Jumlah seluruhnya', answerType: 'Jumlah' },
          ],
          derive: {
            kind: 'ratio',
            numerator: ['S.c.1'],
            subtract: [],
            denominator: ['S.c.2'],
            requires: ['S.c.1', 'S.c.2'],
            min: 0,
            max: 1,
            onZeroDenominator: 0,
          },
        }),
      ]),
    ]),
  ),
);
const records = new Map<string, AnswerRecord>([['S.a', { ...EMPTY_RECORD, answer: 'Tidak', note: 'lama' }]]);

describe('planning edits', () => {
  it('reads each value against its field and keeps the old value beside the new', () => {
    const result = planEdits(index, records, [
      { itemId: 'S.a', field: 'answer', value: ' ya ' },
      { itemId: 'S.c.1', field: 'answer', value: '1.234' },
      { itemId: 'S.b', field: 'targetMonth', value: '2026-7' },
    ]);
    expect(result).toEqual({
      ok: true,
      value: [
        { itemId: 'S.a', field: 'answer', before: 'Tidak', after: 'Ya' },
        { itemId: 'S.c.1', field: 'answer', before: null, after: 1234 },
        { itemId: 'S.b', field: 'targetMonth', before: null, after: '2026-07' },
      ],
    });
  });

  it('fails the whole set when any value is bad, with one problem per bad value naming row and field', () => {
    const result = planEdits(
      index,
      records,
      [
        { itemId: 'S.a', field: 'answer', value: 'Ya', row: 1 },
        { itemId: 'S.b', field: 'answer', value: 'E', row: 2 },
        { itemId: 'S.c.2', field: 'answer', value: '2,5', row: 3 },
        { itemId: 'S.b', field: 'status', value: 'hampir', row: 4 },
      ],
      { file: 'lke.rbw' },
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          code: 'answer.notAnOption',
          params: { answer: 'E', options: 'A, B, C' },
          where: { file: 'lke.rbw', field: 'S.b.answer', row: 2 },
        },
        {
          code: 'answer.notWhole',
          params: { answer: '2,5' },
          where: { file: 'lke.rbw', field: 'S.c.2.answer', row: 3 },
        },
        {
          code: 'record.badStatus',
          params: { status: 'hampir', options: 'belum, proses, selesai' },
          where: { file: 'lke.rbw', field: 'S.b.status', row: 4 },
        },
      ],
    });
  });

  it('keeps a note on a derived row but refuses an answer to it', () => {
    const result = planEdits(index, records, [{ itemId: 'S.c', field: 'note', value: 'data BKD' }]);
    expect(result).toEqual({
      ok: true,
      value: [{ itemId: 'S.c', field: 'note', before: null, after: 'data BKD' }],
    });
  });

  it('tells an answer to a derived row from an unknown code', () => {
    const result = planEdits(index, records, [
      { itemId: 'S.c', field: 'answer', value: '1' },
      { itemId: 'S.z', field: 'note', value: 'x' },
    ]);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual([
      'record.derived',
      'record.unknownCode',
    ]);
  });

  it('drops edits to the value already there and keeps the last of two edits to one field', () => {
    const result = planEdits(index, records, [
      { itemId: 'S.a', field: 'note', value: 'lama' },
      { itemId: 'S.b', field: 'answer', value: 'A' },
      { itemId: 'S.b', field: 'answer', value: 'B' },
      { itemId: 'S.a', field: 'answer', value: 'tidak' },
    ]);
    expect(result).toEqual({
      ok: true,
      value: [{ itemId: 'S.b', field: 'answer', before: null, after: 'B' }],
    });
  });

  it('clears a field with empty text', () => {
    const result = planEdits(index, records, [
      { itemId: 'S.a', field: 'answer', value: '' },
      { itemId: 'S.a', field: 'note', value: '   ' },
    ]);
    expect(result).toEqual({
      ok: true,
      value: [
        { itemId: 'S.a', field: 'answer', before: 'Tidak', after: null },
        { itemId: 'S.a', field: 'note', before: 'lama', after: null },
      ],
    });
  });
});
