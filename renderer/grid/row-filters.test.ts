import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../shared/records/answer-record';
import { EMPTY_RECORD } from '../../shared/records/answer-record';
import { DocumentScores } from '../../shared/scoring/document-scores';
import { index } from '../../test/support/zi-index';
import { gridRows, questionRows } from './grid-rows';
import type { FilterItem, QuestionRows, RowFilters } from './row-filters';
import { filterCounts, isOverdue, monthOf, NO_FILTERS, questionMatches, targetMonths } from './row-filters';

const question = (id: string, record: Partial<AnswerRecord>, inputs: Partial<AnswerRecord>[] = []) => [
  { kind: 'indicator', id, editable: true, record: { ...EMPTY_RECORD, ...record } } as FilterItem,
  ...inputs.map((r, i): FilterItem => ({
    kind: 'input',
    id: `${id}.${i}`,
    editable: true,
    record: { ...EMPTY_RECORD, ...r },
  })),
];

// Five questions of a pokja's month, "today" being July 2026.
const TODAY = '2026-07';
const QUESTIONS: QuestionRows[] = [
  question('q1', { answer: 'Ya', pokja: 'Pokja 1', status: 'selesai', targetMonth: '2026-05' }),
  question('q2', { pokja: 'Pokja 1', status: 'proses', targetMonth: '2026-05' }),
  question('q3', { pokja: 'Pokja 2', targetMonth: '2026-08' }),
  question('q4', { answer: 'B', pokja: 'Pokja 2', status: 'belum', targetMonth: '2026-06' }),
  question('q5', { answer: 'A' }),
];
const ids = (filters: RowFilters) =>
  QUESTIONS.filter((q) => questionMatches(q, filters)).map((q) => q[0]?.id);
const CHOICES = { pokjas: ['Pokja 1', 'Pokja 2'], months: ['2026-05', '2026-06', '2026-08'] };

describe('the status, target month and overdue filters', () => {
  it('keep the questions of one status, or those without a status', () => {
    expect(ids({ ...NO_FILTERS, status: 'proses' })).toEqual(['q2']);
    expect(ids({ ...NO_FILTERS, status: 'none' })).toEqual(['q3', 'q5']);
  });

  it('keep the questions of one target month', () => {
    expect(ids({ ...NO_FILTERS, targetMonth: '2026-05' })).toEqual(['q1', 'q2']);
  });

  it('call overdue a target month before this month that is not done, this month not yet', () => {
    // q1 is done, q3 is due next month, q5 has no target.
    expect(ids({ ...NO_FILTERS, overdue: TODAY })).toEqual(['q2', 'q4']);
    // In June, June's target is not overdue yet.
    expect(ids({ ...NO_FILTERS, overdue: '2026-06' })).toEqual(['q2']);
    expect(isOverdue({ ...EMPTY_RECORD, targetMonth: '2025-12' }, '2026-01')).toBe(true);
  });

  it('combine with the other filters', () => {
    expect(ids({ ...NO_FILTERS, overdue: TODAY, unanswered: true })).toEqual(['q2']);
    expect(ids({ ...NO_FILTERS, pokja: 'Pokja 2', overdue: TODAY })).toEqual(['q4']);
  });

  it('take the work fields from the question, not from an unfilled input', () => {
    const withInput = question('p', { pokja: 'Pokja 1', status: 'proses' }, [{}]);
    expect(questionMatches(withInput, { ...NO_FILTERS, status: 'none' })).toBe(false);
    // An answer filter is met by an unanswered input of an answered derived question.
    const derived: FilterItem[] = [
      { ...(withInput[0] as FilterItem), editable: false },
      withInput[1] as FilterItem,
    ];
    expect(questionMatches(derived, { ...NO_FILTERS, unanswered: true, pokja: 'Pokja 1' })).toBe(true);
  });
});

describe('the counts beside the filter options', () => {
  it('count what each option would leave with no other filter on', () => {
    const counts = filterCounts(QUESTIONS, NO_FILTERS, TODAY, CHOICES);
    expect(counts.shown).toBe(5);
    expect(counts.unanswered).toBe(2);
    expect(counts.noEvidence).toBe(5);
    expect(counts.overdue).toBe(2);
    expect(counts.pokja).toEqual({ '': 5, 'Pokja 1': 2, 'Pokja 2': 2 });
    expect(counts.status).toEqual({ '': 5, belum: 1, proses: 1, selesai: 1, none: 2 });
    expect(counts.targetMonth).toEqual({ '': 5, '2026-05': 2, '2026-06': 1, '2026-08': 1 });
  });

  it('count each option under the other active filters, not under its own', () => {
    // Pokja 2 chosen: the pokja list still counts every pokja (as the other filters leave them).
    const counts = filterCounts(
      QUESTIONS,
      { ...NO_FILTERS, pokja: 'Pokja 2', unanswered: true },
      TODAY,
      CHOICES,
    );
    expect(counts.shown).toBe(1);
    expect(counts.pokja).toEqual({ '': 2, 'Pokja 1': 1, 'Pokja 2': 1 });
    expect(counts.unanswered).toBe(1);
    // Without the unanswered filter, Pokja 2 has two questions, one overdue.
    expect(counts.status).toEqual({ '': 1, belum: 0, proses: 0, selesai: 0, none: 1 });
    expect(counts.overdue).toBe(0);
  });
});

describe('the months and the questions of the LKE', () => {
  it('list the target months that occur, earliest first', () => {
    const records = QUESTIONS.map((q) => q[0]?.record as AnswerRecord);
    expect(targetMonths(records)).toEqual(['2026-05', '2026-06', '2026-08']);
    expect(monthOf(new Date(2026, 0, 31))).toBe('2026-01');
  });

  it('filter the grid of the ZI LKE by status, keeping the headings above what is left', () => {
    const records = new Map([
      ['A.I.1.i.b', { ...EMPTY_RECORD, status: 'proses' as const }],
      ['B.I.a', { ...EMPTY_RECORD, status: 'proses' as const }],
    ]);
    const shown = new DocumentScores(index, records).summaries(0);
    const all = gridRows(index, 'ROOT', records, shown.unit, shown.reviewer);
    const rows = gridRows(index, 'ROOT', records, shown.unit, shown.reviewer, {
      ...NO_FILTERS,
      status: 'proses',
    });
    expect(rows.filter((r) => r.kind !== 'heading').map((r) => r.id)).toEqual(['A.I.1.i.b', 'B.I.a']);
    // Every heading left has a question under it.
    expect(rows.map((r) => r.id)).toEqual(['A', 'A.I', 'A.I.1', 'A.I.1.i', 'A.I.1.i.b', 'B', 'B.I', 'B.I.a']);
    expect(questionRows(all).length).toBe(index.indicatorOrder.length);
  });
});
