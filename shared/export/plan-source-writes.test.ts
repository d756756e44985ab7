import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../records/answer-record';
import { EMPTY_RECORD } from '../records/answer-record';
import { index } from '../../test/support/zi-index';
import type { WorkbookLayout } from '../workbook/read/layout';
import { planSourceWrites } from './plan-source-writes';

// The columns of the real `LKE ZI` sheet: answer K, value L, note O, evidence P, link Q; no reviewer.
const layout: WorkbookLayout = {
  sheet: 'LKE ZI',
  headerRows: { first: 1, last: 1 },
  columns: {
    hierarchy: { first: 1, last: 6 },
    unit: { label: 'Jawaban', answer: 10, value: 11, note: 14, evidence: 15, link: 16 },
  },
  rows: { 'A.I.1.i.a': 7, 'A.I.1.i.b': 8, 'A.II.1.i.a': 127, 'A.II.1.i.a.1': 128 },
};
const original: Record<string, AnswerRecord> = {
  'A.I.1.i.a': {
    ...EMPTY_RECORD,
    answer: 'Ya',
    note: 'SK tim',
    evidence: [{ text: 'SK', url: 'https://x/sk' }],
  },
  'A.I.1.i.b': { ...EMPTY_RECORD, answer: 'A' },
};
/** The document: the workbook's records with some fields changed. */
const mine = (entries: [string, Partial<AnswerRecord>][]): Map<string, AnswerRecord> => {
  const records = new Map(Object.entries(original));
  for (const [id, r] of entries) records.set(id, { ...(original[id] ?? EMPTY_RECORD), ...r });
  return records;
};

describe('writing a document back into its workbook', () => {
  it('writes nothing for a document that still holds what the workbook holds', () => {
    expect(planSourceWrites(index, layout, mine([]), original, new Set()).writes).toEqual([]);
  });

  it('writes only the cells whose value changed, links as hyperlinks, and clears what was removed', () => {
    const plan = planSourceWrites(
      index,
      layout,
      mine([
        ['A.I.1.i.b', { answer: 'B' }],
        ['A.I.1.i.a', { note: null, evidence: [{ text: 'SK baru', url: 'https://x/sk2' }] }],
      ]),
      original,
      new Set(),
    );
    expect(plan.writes).toEqual([
      { row: 7, col: 14, value: null },
      { row: 7, col: 16, value: 'https://x/sk2', link: 'https://x/sk2' },
      { row: 7, col: 15, value: 'SK baru' },
      { row: 8, col: 10, value: 'B' },
    ]);
    expect(plan.needsReviewerBlock).toBe(false);
  });

  it('never overwrites a computed cell and says which one', () => {
    const plan = planSourceWrites(
      index,
      layout,
      mine([['A.I.1.i.b', { answer: 'C' }]]),
      original,
      new Set(['8:10']),
    );
    expect(plan.writes).toEqual([]);
    expect(plan.notices).toEqual([
      { code: 'export.computedCell', params: { code: 'A.I.1.i.b' }, where: { cell: 'K9' } },
    ]);
  });

  it('asks for reviewer columns when the document has reviewer values the workbook has no place for', () => {
    const plan = planSourceWrites(
      index,
      layout,
      mine([['A.I.1.i.b', { reviewerAnswer: 'C' }]]),
      original,
      new Set(),
    );
    expect(plan.needsReviewerBlock).toBe(true);
  });

  it('reports a field the workbook has no column for, once', () => {
    const plan = planSourceWrites(
      index,
      layout,
      mine([
        ['A.I.1.i.a', { pokja: 'Pokja 1' }],
        ['A.I.1.i.b', { pokja: 'Pokja 1' }],
      ]),
      original,
      new Set(),
    );
    expect(plan.notices).toEqual([{ code: 'export.noColumn', params: { field: 'pokja' } }]);
  });
});
