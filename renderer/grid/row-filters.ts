import type { AnswerRecord, WorkStatus } from '../../shared/records/answer-record';
import { WORK_STATUSES } from '../../shared/records/answer-record';

/** A status filter: one work status, or questions that have none yet. */
export type StatusFilter = WorkStatus | 'none';
export const STATUS_FILTERS: readonly StatusFilter[] = [...WORK_STATUSES, 'none'];

export interface RowFilters {
  unanswered: boolean;
  noEvidence: boolean;
  disagree: boolean;
  pokja: string | null;
  /** The question's work status, or null when that filter is off. */
  status?: StatusFilter | null | undefined;
  /** A target month (`YYYY-MM`), or null when that filter is off. */
  targetMonth?: string | null | undefined;
  /**
   * Only what is overdue as of this month (`YYYY-MM`, today's month passed in): a target month before
   * it and a status other than done. Null when that filter is off.
   */
  overdue?: string | null | undefined;
  /** Answerable ids changed since the chosen snapshot, or null when that filter is off. */
  changedSince: Set<string> | null;
  /** Only what still shows last year's answers, unconfirmed (a document started from last year's). */
  unconfirmed?: boolean | undefined;
}

export const NO_FILTERS: RowFilters = {
  unanswered: false,
  noEvidence: false,
  disagree: false,
  pokja: null,
  changedSince: null,
};

/** What a filter looks at in a row of the grid: a question or one of its `Jumlah` inputs. */
export interface FilterItem {
  kind: 'indicator' | 'input';
  id: string;
  /** False for derived `%` questions, answered through their inputs. */
  editable: boolean;
  record: AnswerRecord;
  fromLastYear?: boolean | undefined;
}

/** A question and its inputs, kept or dropped together; the question comes first. */
export type QuestionRows = readonly FilterItem[];

/** `YYYY-MM` of a date, in local time (the month the user sees on the calendar). */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** Whether a question is overdue in `month`: its target month has passed and it is not done. */
export function isOverdue(record: AnswerRecord, month: string): boolean {
  return record.targetMonth !== null && record.targetMonth < month && record.status !== 'selesai';
}

/**
 * Whether a question stays in the grid under the filters. The work fields (pokja, status, target
 * month, overdue) and the evidence belong to the question; the answer filters (unanswered, disagree,
 * changed, carried from last year) keep it when the question or one of its inputs matches.
 */
export function questionMatches(rows: QuestionRows, filters: RowFilters): boolean {
  const question = rows[0];
  if (!question) return false;
  const r = question.record;
  if (filters.noEvidence && r.evidence.length > 0) return false;
  if (filters.pokja !== null && r.pokja !== filters.pokja) return false;
  if (filters.status && (r.status ?? 'none') !== filters.status) return false;
  if (filters.targetMonth && r.targetMonth !== filters.targetMonth) return false;
  if (filters.overdue && !isOverdue(r, filters.overdue)) return false;
  return rows.some((row) => answerMatches(row, filters));
}

function answerMatches(row: FilterItem, filters: RowFilters): boolean {
  const r = row.record;
  // Unanswered as the completeness figure counts it: an answer missing, not a value missing (a workbook's
  // own formulas may give a question no value of its own although it is answered).
  if (filters.unanswered && !(row.editable && r.answer === null)) return false;
  if (
    filters.disagree &&
    !(r.answer !== null && r.reviewerAnswer !== null && String(r.answer) !== String(r.reviewerAnswer))
  ) {
    return false;
  }
  if (filters.changedSince && !filters.changedSince.has(row.id)) return false;
  if (filters.unconfirmed && !row.fromLastYear) return false;
  return true;
}

/** How many questions each filter option would leave, given the other filters as they are. */
export interface FilterCounts {
  /** Questions the filters leave now. */
  shown: number;
  unanswered: number;
  noEvidence: number;
  disagree: number;
  overdue: number;
  unconfirmed: number;
  /** With the snapshot chosen now (0 when none is). */
  changedSince: number;
  /** Each pokja's count; `''` is any pokja (the filter off). */
  pokja: Record<string, number>;
  status: Record<StatusFilter | '', number>;
  targetMonth: Record<string, number>;
}

/**
 * The count beside every filter option, as in Excel's and Grist's filter lists: the questions that
 * would be left if that option were chosen and every other filter stayed as it is. `month` is today's
 * month (`YYYY-MM`), which "overdue" is measured against.
 */
export function filterCounts(
  questions: readonly QuestionRows[],
  filters: RowFilters,
  month: string,
  choices: { pokjas: readonly string[]; months: readonly string[] },
): FilterCounts {
  const count = (changed: Partial<RowFilters>): number => {
    const f = { ...filters, ...changed };
    return questions.reduce((n, q) => (questionMatches(q, f) ? n + 1 : n), 0);
  };
  const each = <K extends string>(keys: readonly K[], filter: (key: K) => Partial<RowFilters>) =>
    Object.fromEntries(keys.map((k) => [k, count(filter(k))])) as Record<K, number>;
  return {
    shown: count({}),
    unanswered: count({ unanswered: true }),
    noEvidence: count({ noEvidence: true }),
    disagree: count({ disagree: true }),
    overdue: count({ overdue: month }),
    unconfirmed: count({ unconfirmed: true }),
    changedSince: filters.changedSince ? count({}) : 0,
    pokja: each(['', ...choices.pokjas], (p) => ({ pokja: p || null })),
    status: each<StatusFilter | ''>(['', ...STATUS_FILTERS], (s) => ({ status: s || null })),
    targetMonth: each(['', ...choices.months], (m) => ({ targetMonth: m || null })),
  };
}

/** The target months that occur in a document, earliest first (what the month filter offers). */
export function targetMonths(records: Iterable<AnswerRecord>): string[] {
  const months = new Set<string>();
  for (const r of records) if (r.targetMonth) months.add(r.targetMonth);
  return [...months].sort();
}

/** Whether any filter is on. */
export function anyFilter(filters: RowFilters): boolean {
  return Boolean(
    filters.unanswered ||
    filters.noEvidence ||
    filters.disagree ||
    filters.pokja !== null ||
    filters.status ||
    filters.targetMonth ||
    filters.overdue ||
    filters.changedSince ||
    filters.unconfirmed,
  );
}
