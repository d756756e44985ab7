import type { NodeSummary, ScoreSummary } from '../scoring/summarize';
import { columnLetters } from '../workbook/read/cell-address';
import type { PlannedRow, SheetPlan } from './sheet-plan';
import { plannedRow, setCell } from './sheet-plan';
import { planPredicateRows } from './plan-predicate-rows';

/**
 * Last year's scores beside this year's. Documents do not store last year's block yet; the caller passes
 * it when it has one (last year's document, named in the metadata or given on the command line).
 */
export interface PriorYearSummary {
  /** How the column is headed: the year, or "tahun lalu". */
  label: string;
  total: number;
  /** Value of every node by id (the same template family keeps the ids). */
  values: Record<string, number>;
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface RekapOptions {
  t: Translate;
  title: string[];
  /** The reviewer's scores, when the reviewer has answered anything. */
  reviewer?: ScoreSummary | undefined;
  prior?: PriorYearSummary | undefined;
  /** Only these nodes (a pokja's areas); the total and the predicates are left out then. */
  include?: ((id: string) => boolean) | undefined;
}

const TONES = {
  component: 'component',
  'sub-component': 'subComponent',
  area: 'area',
  'sub-area': 'subArea',
} as const;

/**
 * The summary sheet: the total with its category, every component, sub-component, area and sub-area
 * (and the Hasil rows that carry their own weight) with weight, value, percentage and, for areas, whether
 * each predicate's "every area" condition holds; the reviewer's value and last year's value and the
 * change when known; then each predicate (Menuju WBK / WBBM) condition by condition.
 */
export function planRekapSheet(summary: ScoreSummary, options: RekapOptions): SheetPlan {
  const { t } = options;
  const columns = rekapColumns(options);
  const plan: SheetPlan = {
    name: t('export.rekap.sheet'),
    columns: [
      { col: 0, width: 16 },
      { col: 1, width: 60, wrap: true },
      { col: 2, width: 9 },
      { col: 3, width: 11 },
      { col: 4, width: 10 },
      { col: 5, width: 34, wrap: true },
      ...[columns.reviewer, columns.prior, columns.change]
        .filter((c): c is number => c !== undefined)
        .map((col) => ({ col, width: 13 })),
    ],
    rows: [],
    merges: [],
    validations: [],
  };
  options.title.forEach((line, i) => {
    const row = plannedRow(i, 'title');
    setCell(row, 0, { value: line, bold: i === 0 });
    plan.rows.push(row);
    plan.merges.push({ top: i, left: 0, bottom: i, right: 5 });
  });
  const header = plannedRow(options.title.length, 'header');
  const headers: [number | undefined, string][] = [
    [0, t('export.rekap.code')],
    [1, t('export.rekap.item')],
    [2, t('export.rekap.weight')],
    [3, t('export.rekap.value')],
    [4, '%'],
    [5, t('export.rekap.category')],
    [columns.reviewer, t('export.rekap.reviewer')],
    [columns.prior, t('export.rekap.prior', { label: options.prior?.label ?? '' })],
    [columns.change, t('export.rekap.change')],
  ];
  for (const [col, text] of headers) setCell(header, col, { value: text });
  plan.rows.push(header);
  plan.freeze = { rows: header.row + 1, columns: 0 };
  plan.printTitleRows = { first: header.row, last: header.row };
  let at = header.row + 1;
  const reviewerValues = new Map(options.reviewer?.nodes.map((n) => [n.id, n.value ?? 0]));
  for (const node of summary.nodes.filter((n) => shown(n, options))) {
    const row = plannedRow(
      at++,
      node.level === 'root' ? 'total' : (TONES[node.level as keyof typeof TONES] ?? 'question'),
    );
    fillNode(row, node, summary, options, columns, reviewerValues);
    plan.rows.push(row);
  }
  if (!options.include) planPredicateRows(plan, summary, at + 1, t);
  return plan;
}

interface RekapColumns {
  reviewer?: number;
  prior?: number;
  change?: number;
}

function rekapColumns(options: RekapOptions): RekapColumns {
  const reviewer = options.reviewer ? 6 : undefined;
  const prior = options.prior ? (reviewer ?? 5) + 1 : undefined;
  return { reviewer, prior, change: prior === undefined ? undefined : prior + 1 };
}

/** Groups of every level and the indicators that carry their own points (Hasil). */
function shown(node: NodeSummary, options: RekapOptions): boolean {
  const scored = node.kind === 'group' || node.weight > 0;
  if (!scored) return false;
  if (!options.include) return true;
  return node.level !== 'root' && options.include(node.id);
}

function fillNode(
  row: PlannedRow,
  node: NodeSummary,
  summary: ScoreSummary,
  options: RekapOptions,
  columns: RekapColumns,
  reviewerValues: Map<string, number>,
): void {
  const { t } = options;
  const cell = (col: number): string => `${columnLetters(col)}${row.row + 1}`;
  const root = node.level === 'root';
  setCell(row, 0, { value: root ? null : node.id });
  setCell(row, 1, {
    value: root
      ? t('export.rekap.total')
      : `${'   '.repeat(Math.max(0, node.depth - 1))}${node.code} ${node.title}`.trim(),
  });
  setCell(row, 2, { value: node.weight, format: 'decimal' });
  setCell(row, 3, { value: node.value ?? 0, format: 'decimal' });
  setCell(row, 4, { formula: `IF(${cell(2)}=0,"",${cell(3)}/${cell(2)})`, format: 'percent' });
  setCell(row, 5, { value: root ? summary.category : areaVerdict(summary, node.id) });
  setCell(row, columns.reviewer, { value: reviewerValues.get(node.id) ?? 0, format: 'decimal' });
  if (columns.prior !== undefined && columns.change !== undefined && options.prior) {
    const before = root ? options.prior.total : options.prior.values[node.id];
    setCell(row, columns.prior, { value: before ?? null, format: 'decimal' });
    if (before !== undefined)
      setCell(row, columns.change, { formula: `${cell(3)}-${cell(columns.prior)}`, format: 'decimal' });
  }
}

/** For an area: whether it reaches each predicate's share of its weight ("Menuju WBK ✓"). */
function areaVerdict(summary: ScoreSummary, id: string): string | null {
  const verdicts: string[] = [];
  for (const predicate of summary.predicates) {
    for (const condition of predicate.conditions) {
      const area = condition.readings?.halves.areas.find((a) => a.key === id);
      if (area) verdicts.push(`${predicate.title} ${area.pass ? '✓' : '✗'}`);
    }
  }
  return verdicts.length ? verdicts.join('; ') : null;
}
