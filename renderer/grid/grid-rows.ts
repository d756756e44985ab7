import type { AnswerRecord } from '../../shared/records/answer-record';
import { EMPTY_RECORD } from '../../shared/records/answer-record';
import type { CountOverWhole } from '../../shared/scoring/count-over-whole';
import { countOverWhole } from '../../shared/scoring/count-over-whole';
import type { ScoreSummary } from '../../shared/scoring/summarize';
import type { AnswerType } from '../../shared/template/answer-type';
import type { TemplateIndex } from '../../shared/template/template-index';
import type { Group, TemplateNode } from '../../shared/template/template-schema';
import type { RowFilters } from './row-filters';
import { NO_FILTERS, questionMatches } from './row-filters';

/** Last year's answer and value of a row, from a workbook holding two years. */
export interface PriorCell {
  answer: string | number | null;
  value: number | null;
}

export interface HeadingRow {
  kind: 'heading';
  id: string;
  code: string;
  title: string;
  depth: number;
  value: number | null;
  weight: number;
  empty: boolean;
  /** Questions answered under this group, of all its questions (unit). */
  answered: number;
  questions: number;
  /** The reviewer's subtotal and how many of the group's questions the reviewer answered. */
  reviewerValue: number | null;
  reviewed: number;
  prior?: PriorCell | undefined;
  /** The workbook's total is an error (#DIV/0!, #CYCLE!): its total row shows it as Excel does. */
  totalError?: string | undefined;
}

export interface ItemRow {
  kind: 'indicator' | 'input';
  id: string;
  code: string;
  title: string;
  depth: number;
  answerTypeLabel: string;
  type: AnswerType | undefined;
  /** Derived `%` rows are computed from their inputs and cannot be typed into. */
  editable: boolean;
  record: AnswerRecord;
  value: number | null;
  reviewerValue: number | null;
  weight: number | null;
  optionTexts: Record<string, string> | undefined;
  guidance: string | undefined;
  prior?: PriorCell | undefined;
  /** Still shows the answer carried from last year, unconfirmed ("dari tahun lalu"). */
  fromLastYear?: boolean | undefined;
  /** A derived `%` row whose counted part exceeds its whole ("selesai 40" of "harus 10"): a warning. */
  overWhole?: CountOverWhole | undefined;
  /** Takes its value from a survey: "dari survei: n responden, tanggal". */
  fromSurvey?: { name: string; respondents: number; date: string | null } | undefined;
}

export type GridRow = HeadingRow | ItemRow;

export type { RowFilters } from './row-filters';
export { NO_FILTERS } from './row-filters';

/**
 * The grid's rows for one node of the tree: a heading per group, then its questions, each followed by the
 * `Jumlah` inputs it is computed from. Filters keep a question when it (or one of its inputs) matches.
 */
export function gridRows(
  index: TemplateIndex,
  selectedId: string,
  records: ReadonlyMap<string, AnswerRecord>,
  unit: ScoreSummary,
  reviewer: ScoreSummary | null,
  filters: RowFilters = NO_FILTERS,
  prior: Readonly<Record<string, PriorCell>> | null = null,
  unconfirmed: ReadonlySet<string> | null = null,
  surveyMarks: Readonly<Record<string, ItemRow['fromSurvey']>> | null = null,
): GridRow[] {
  const unitNodes = new Map(unit.nodes.map((n) => [n.id, n]));
  const reviewerNodes = new Map((reviewer?.nodes ?? []).map((n) => [n.id, n]));
  const start = index.groups.get(selectedId) ?? index.indicators.get(selectedId) ?? index.template.root;
  const rows: GridRow[] = [];
  const record = (id: string) => records.get(id) ?? EMPTY_RECORD;

  const visit = (node: TemplateNode, depth: number): void => {
    if (node.kind === 'group') {
      const before = rows.length;
      if (depth > 0 || node.children.some((c) => c.kind === 'indicator'))
        rows.push({
          ...heading(node, depth, unitNodes.get(node.id), reviewerNodes.get(node.id)),
          prior: prior?.[node.id],
        });
      node.children.forEach((child) => visit(child, depth + 1));
      // A heading with nothing under it is noise.
      if (rows.slice(before).every((r) => r.kind === 'heading')) rows.length = before;
      return;
    }
    const type = index.answerTypes.get(node.answerType);
    const overWhole = countOverWhole(node, (id) => record(id).answer);
    const items: ItemRow[] = [
      {
        kind: 'indicator',
        id: node.id,
        code: node.code,
        title: node.title,
        depth,
        answerTypeLabel: node.answerType,
        type,
        editable: !node.derive,
        record: record(node.id),
        value: unitNodes.get(node.id)?.value ?? null,
        reviewerValue: reviewerNodes.get(node.id)?.value ?? null,
        weight: node.weight ?? null,
        optionTexts: node.optionTexts,
        guidance: node.guidance,
        prior: prior?.[node.id],
        ...(unconfirmed?.has(node.id) ? { fromLastYear: true } : {}),
        ...(overWhole ? { overWhole } : {}),
        ...(surveyMarks?.[node.id] ? { fromSurvey: surveyMarks[node.id] } : {}),
      },
      ...(node.inputs ?? []).map((input): ItemRow => ({
        kind: 'input',
        id: input.id,
        code: input.code,
        title: input.title,
        depth: depth + 1,
        answerTypeLabel: input.answerType,
        type: index.answerTypes.get(input.answerType),
        editable: true,
        record: record(input.id),
        value: null,
        reviewerValue: null,
        weight: null,
        optionTexts: undefined,
        guidance: undefined,
        prior: prior?.[input.id],
        ...(unconfirmed?.has(input.id) ? { fromLastYear: true } : {}),
      })),
    ];
    rows.push(...items);
  };
  visit(start, 0);
  return filters === NO_FILTERS ? rows : filterGridRows(rows, filters);
}

/**
 * The rows the filters keep: each question with its inputs when it matches, and the headings of the
 * groups that still have a question under them (a heading with nothing under it is noise).
 */
export function filterGridRows(rows: readonly GridRow[], filters: RowFilters): GridRow[] {
  const kept: GridRow[] = [];
  for (let i = 0; i < rows.length;) {
    const row = rows[i] as GridRow;
    let end = i + 1;
    while (end < rows.length && rows[end]?.kind === 'input') end++;
    if (row.kind === 'heading') kept.push(row);
    else if (questionMatches(rows.slice(i, end) as ItemRow[], filters)) kept.push(...rows.slice(i, end));
    i = row.kind === 'heading' ? i + 1 : end;
  }
  // From the end: a heading stays when a question follows it before any heading of its level or above.
  const result: GridRow[] = [];
  let question = false;
  let shallowest = Infinity;
  for (let i = kept.length - 1; i >= 0; i--) {
    const row = kept[i] as GridRow;
    if (row.kind !== 'heading') {
      result.push(row);
      question = true;
      shallowest = Infinity;
      continue;
    }
    if (question && shallowest > row.depth) result.push(row);
    shallowest = Math.min(shallowest, row.depth);
  }
  return result.reverse();
}

interface GroupScore {
  value: number | null;
  empty: boolean;
  answered: number;
  questions: number;
}

function heading(
  group: Group,
  depth: number,
  score: GroupScore | undefined,
  review: GroupScore | undefined,
): HeadingRow {
  return {
    kind: 'heading',
    id: group.id,
    code: group.code,
    title: group.title,
    depth,
    value: score?.value ?? null,
    weight: group.weight,
    empty: score?.empty ?? false,
    answered: score?.answered ?? 0,
    questions: score?.questions ?? 0,
    reviewerValue: review && review.answered > 0 ? review.value : null,
    reviewed: review?.answered ?? 0,
  };
}

/** The questions of a list of rows, each with its inputs (what the filters keep or drop together). */
export function questionRows(rows: readonly GridRow[]): ItemRow[][] {
  const questions: ItemRow[][] = [];
  for (const row of rows) {
    if (row.kind === 'indicator') questions.push([row]);
    else if (row.kind === 'input') questions[questions.length - 1]?.push(row);
  }
  return questions;
}

/** Totals pinned under the grid: the selected group's child groups, then the selected group itself. */
export function pinnedTotals(
  index: TemplateIndex,
  selectedId: string,
  unit: ScoreSummary,
  reviewer: ScoreSummary | null = null,
  totalError: string | null = null,
): HeadingRow[] {
  const nodes = new Map(unit.nodes.map((n) => [n.id, n]));
  const reviewerNodes = new Map((reviewer?.nodes ?? []).map((n) => [n.id, n]));
  const selected = index.groups.get(selectedId);
  if (!selected) return [];
  // One row: the chosen group's total (its parts have their own heading rows in the grid).
  return [
    {
      ...heading(selected, 0, nodes.get(selected.id), reviewerNodes.get(selected.id)),
      id: `total:${selected.id}`,
      ...(totalError !== null && nodes.get(selected.id)?.depth === 0 ? { totalError } : {}),
    },
  ];
}

/**
 * The new rows, each replaced by the previous row of the same id when nothing in it changed: the grid
 * compares rows by identity and then redraws only those an edit touched.
 */
export function reuseRows(previous: readonly GridRow[], next: GridRow[]): GridRow[] {
  if (!previous.length) return next;
  const before = new Map(previous.map((row) => [row.id, row]));
  return next.map((row) => {
    const old = before.get(row.id);
    return old && sameRow(old, row) ? old : row;
  });
}

function sameRow(a: GridRow, b: GridRow): boolean {
  const keys = Object.keys(b) as (keyof GridRow)[];
  if (keys.length !== Object.keys(a).length) return false;
  return keys.every((key) => Object.is(a[key], b[key]));
}
