import type { AnswerRecord } from '../records/answer-record';
import { cellName, columnLetters } from '../workbook/read/cell-address';
import type { TemplateIndex } from '../template/template-index';
import type { Group, Input, TemplateNode } from '../template/template-schema';
import type { LkeLine } from './lke-lines';
import { lkeLines } from './lke-lines';
import type { LkeColumns } from './lke-columns';
import { columnHeaders, HIERARCHY_DEPTH } from './lke-columns';
import { columnWidths } from './lke-widths';
import type { PlannedRow, SheetPlan } from './sheet-plan';
import { plannedRow, setCell } from './sheet-plan';
import type { FormulaCells } from './standard-formulas';
import { percentFormula } from './standard-formulas';
import { fillLine } from './fill-lke-line';

export interface LkeSheetOptions {
  name: string;
  columns: LkeColumns;
  /** The 2026 upload wording of the headers instead of the `LKE ZI` sheet's. */
  portal: boolean;
  /** Lines written above the header (title, agency, unit, year); the header follows them. */
  title: string[];
  /** Rows (0-based) of the header and of the first line; the rows between stay empty. */
  headerRow: number;
  firstRow: number;
  /** Only these subtrees (a pokja's areas); the groups above them are headings without values. */
  include?: (node: TemplateNode) => boolean;
  /** The official row of a node (see LineOptions.rowHint). */
  rowHint?: (node: TemplateNode | Input) => number | undefined;
}

/** Everything a line needs to write its cells. */
export interface LineContext {
  index: TemplateIndex;
  records: ReadonlyMap<string, AnswerRecord>;
  columns: LkeColumns;
  rowOf: Map<string, number>;
  unit: FormulaCells;
  reviewer: FormulaCells;
  /** Whether a group's whole subtree is on the sheet, so that its value formula can be written. */
  complete: (group: Group) => boolean;
}

/**
 * An official-style LKE sheet for a document: the hierarchy, weights, guidance and answer types of its
 * template, the unit's and the reviewer's answers, notes and evidence, and the values as live formulas
 * by the standard rule (see standard-formulas), with a dropdown on every answer cell.
 */
export function planLkeSheet(
  index: TemplateIndex,
  records: ReadonlyMap<string, AnswerRecord>,
  options: LkeSheetOptions,
): SheetPlan {
  const { columns } = options;
  const totals = !options.include;
  const lines = lkeLines(index.template.root, {
    firstRow: options.firstRow,
    totals,
    ...(options.include ? { include: options.include } : {}),
    ...(options.rowHint ? { rowHint: options.rowHint } : {}),
  });
  const rowOf = rowsOfNodes(lines);
  const cellsFor = (answer: number, value: number): FormulaCells => ({
    answer: (id) => cellName(rowOf.get(id) as number, answer),
    value: (id) => cellName(rowOf.get(id) as number, value),
    weight: (id) => cellName(rowOf.get(id) as number, columns.weight),
  });
  const complete = completeness(options.include);
  const context: LineContext = {
    index,
    records,
    columns,
    rowOf,
    unit: cellsFor(columns.answer, columns.value),
    reviewer: cellsFor(columns.reviewer.answer, columns.reviewer.value),
    complete,
  };
  const plan: SheetPlan = {
    name: options.name,
    columns: columnWidths(columns),
    rows: [],
    merges: [],
    validations: [],
    freeze: { rows: options.headerRow + 1, columns: 0 },
    printTitleRows: { first: options.headerRow, last: options.headerRow },
    // The pokja's planning columns stay on screen; the evaluation prints up to the reviewer's note.
    printColumns: { first: 0, last: Math.max(columns.reviewer.note, columns.percent ?? 0) },
  };
  const lastHierarchy = columns.hierarchy + HIERARCHY_DEPTH - 1;
  options.title.forEach((line, i) => {
    const row = plannedRow(i, 'title');
    setCell(row, columns.hierarchy, { value: line, bold: i === 0 });
    plan.rows.push(row);
    plan.merges.push({ top: i, left: columns.hierarchy, bottom: i, right: columns.note });
  });
  plan.rows.push(headerRow(options.headerRow, columns, options.portal));
  plan.merges.push({
    top: options.headerRow,
    left: columns.hierarchy,
    bottom: options.headerRow,
    right: lastHierarchy,
  });
  for (const line of lines) fillLine(plan, line, context);
  if (columns.percent !== undefined) addPercents(plan, lines, columns, columns.percent);
  return plan;
}

function headerRow(row: number, columns: LkeColumns, portal: boolean): PlannedRow {
  const header = plannedRow(row, 'header');
  for (const [col, text] of columnHeaders(columns, portal)) setCell(header, col, { value: text });
  return header;
}

/** The row of every node on the sheet; a component's value is read from its TOTAL row. */
function rowsOfNodes(lines: LkeLine[]): Map<string, number> {
  const rows = new Map<string, number>();
  for (const line of lines) {
    if (line.kind === 'group' || line.kind === 'grand') rows.set(line.group.id, line.row);
    if (line.kind === 'indicator') rows.set(line.indicator.id, line.row);
    if (line.kind === 'input') rows.set(line.input.id, line.row);
  }
  return rows;
}

function completeness(include: ((node: TemplateNode) => boolean) | undefined): (group: Group) => boolean {
  if (!include) return () => true;
  const known = new Map<string, boolean>();
  const complete = (node: TemplateNode): boolean => {
    const cached = known.get(node.id);
    if (cached !== undefined) return cached;
    const result = include(node) || (node.kind === 'group' && node.children.every(complete));
    known.set(node.id, result);
    return result;
  };
  return complete;
}

/** The "%" column of group rows: points as a share of the weight. */
function addPercents(plan: SheetPlan, lines: LkeLine[], columns: LkeColumns, percent: number): void {
  const byRow = new Map(plan.rows.map((r) => [r.row, r]));
  for (const line of lines) {
    if (line.kind !== 'group') continue;
    const row = byRow.get(line.row);
    if (!row?.cells.get(columns.value)?.formula) continue;
    const value = `${columnLetters(columns.value)}${line.row + 1}`;
    const weight = `${columnLetters(columns.weight)}${line.row + 1}`;
    setCell(row, percent, { formula: percentFormula(value, weight), format: 'percent' });
  }
}
