import type { GroupLevel } from '../../template/template-schema';
import type { RowNode, RowTree } from '../read/build-row-tree';
import type { ColumnMap } from '../read/layout';
import { areaKey, childId, displayCode, levelAt } from './node-ids';
import type { OptionKeys } from '../read/option-keys';
import { optionKeys } from '../read/option-keys';
import type { LkeRow } from '../read/read-rows';
import type { SheetData, WorkbookData } from '../read/sheet-data';
import { cellAt, textAt } from '../read/sheet-data';
import type { Formula } from '../formula/ast';
import { parseFormula } from '../formula/parse';
import { parseFormulaAt } from '../formula/parse-at';
import { readsCell, rowsReadIn } from '../formula/references';

/** A `Jumlah` row feeding a computed row. */
export interface PlannedInput {
  id: string;
  title: string;
  row: number;
  typeLabel: string | null;
}

/** A `Jumlah` row that adds up the rows below it: by formula (a sum row) or typed by hand. */
export interface Breakdown {
  row: number;
  parts: number[];
  /** True when the workbook computes the row from its parts; false when the unit typed it. */
  computed: boolean;
}

export interface PlannedIndicator {
  kind: 'indicator';
  id: string;
  code: string;
  title: string;
  row: number;
  weight: number | null;
  typeLabel: string | null;
  /** The answer cell holds a formula (a `%` row derived from its inputs). */
  computed: boolean;
  inputs: PlannedInput[];
  breakdowns: Breakdown[];
  keys: OptionKeys;
  guidance?: string;
  /** Rows of other questions this row's value formula reads: candidate gates. */
  gateRows: number[];
  /**
   * Rows of other questions whose answer the value formula reads instead of this row's own (a formula
   * copied from another row): the workbook scores this row by that answer.
   */
  foreignRows?: number[];
}

export interface PlannedGroup {
  kind: 'group';
  id: string;
  code: string;
  title: string;
  row: number | null;
  weight: number | null;
  level: GroupLevel;
  areaKey?: string;
  /** The top function of the group's value formula: AVERAGE(…)*H7, SUM(…), or something else. */
  formulaFunction: 'AVERAGE' | 'SUM' | 'OTHER' | null;
  children: PlannedNode[];
}

export type PlannedNode = PlannedGroup | PlannedIndicator;

const COUNT_TYPE = /^(jumlah|rupiah|angka|bilangan)\b/i;

export function isCountLabel(label: string | null): boolean {
  return !!label && COUNT_TYPE.test(label.trim());
}

/**
 * Turns the nested rows into the template's shape: groups, questions, and the `Jumlah` inputs of
 * computed rows, with ids following the built-in templates' code-path convention.
 */
export function planTemplate(
  tree: RowTree,
  sheet: SheetData,
  columns: ColumnMap,
  workbook?: WorkbookData,
): PlannedGroup {
  const context: Context = {
    sheet,
    columns,
    indicatorRows: new Set(),
    parsed: new Map(),
    ...(workbook ? { workbook } : {}),
  };
  collectIndicatorRows(tree.roots, context);
  const root: PlannedGroup = {
    kind: 'group',
    id: 'ROOT',
    code: '',
    title: rootTitle(tree),
    row: null,
    weight: null,
    level: 'root',
    formulaFunction: 'SUM',
    children: [],
  };
  root.children = planChildren(tree.roots, 'ROOT', 1, context);
  assignLevels(root);
  return root;
}

/**
 * Levels by what a group holds rather than how deep it stands (an Indeks RB workbook has no Pemenuhan /
 * Reform layer): a group averaging its questions is a sub-area, and so is a sibling of sub-areas split
 * into halves of its own (LHKPN and LHKASN); the group above sub-areas is an area; the root's children
 * are components; a group of weighted results (Hasil) keeps the level its depth gives.
 */
function assignLevels(root: PlannedGroup): void {
  const groups = (g: PlannedGroup): PlannedGroup[] =>
    g.children.filter((c): c is PlannedGroup => c.kind === 'group');
  const subArea = new Set<PlannedGroup>();
  const visit = (g: PlannedGroup): void => {
    groups(g).forEach(visit);
    if (g.children.some((c) => c.kind === 'indicator' && c.weight === null)) subArea.add(g);
  };
  visit(root);
  const halves = (g: PlannedGroup): void => {
    const children = groups(g);
    if (children.some((c) => subArea.has(c)))
      for (const c of children)
        if (groups(c).length && groups(c).every((h) => subArea.has(h))) subArea.add(c);
    children.forEach(halves);
  };
  halves(root);
  const assign = (g: PlannedGroup, depth: number): void => {
    for (const child of groups(g)) {
      const holdsSubAreas = groups(child).some((c) => subArea.has(c)) && !subArea.has(child);
      const level: GroupLevel =
        depth === 0
          ? 'component'
          : subArea.has(child)
            ? 'sub-area'
            : holdsSubAreas
              ? 'area'
              : levelAt(depth + 1) === 'area' || levelAt(depth + 1) === 'sub-area'
                ? 'sub-component'
                : levelAt(depth + 1);
      child.level = level;
      if (level === 'area') child.areaKey = areaKey(child.title);
      else delete child.areaKey;
      assign(child, depth + 1);
    }
  };
  assign(root, 0);
}

interface Context {
  sheet: SheetData;
  /** The whole workbook, where option tables on other sheets and named tables are read. */
  workbook?: WorkbookData;
  columns: ColumnMap;
  indicatorRows: Set<number>;
  /** Parsed value formulas by row: each is read several times while planning. */
  parsed: Map<number, Formula | null>;
}

function rootTitle(tree: RowTree): string {
  if (tree.rootTitle) return tree.rootTitle;
  const grand = tree.totals[tree.totals.length - 1];
  return grand?.title || 'Nilai Evaluasi';
}

function planChildren(nodes: RowNode[], parentId: string, depth: number, context: Context): PlannedNode[] {
  const planned: PlannedNode[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as RowNode;
    if (isCountLabel(node.row.typeLabel) && planned.length) {
      const previous = planned[planned.length - 1];
      // `Jumlah` rows right after a question are its inputs, though they stand at the question's level.
      if (previous?.kind === 'indicator' && (previous.computed || previous.inputs.length > 0)) {
        addInputs(previous, [node], context);
        continue;
      }
    }
    const position = planned.length;
    let id = childId(parentId, node.row.code, position);
    // A code used twice among siblings (a typo: "b." twice) keeps both rows apart.
    for (let n = 2; planned.some((p) => p.id === id); n++)
      id = `${childId(parentId, node.row.code, position)}_${n}`;
    const code = displayCode(node.row.code, position);
    if (isIndicator(node, context)) planned.push(planIndicator(node, id, code, context));
    else if (node.children.length || node.row.weight !== null)
      planned.push(planGroup(node, id, code, depth, context));
  }
  return planned;
}

function isIndicator(node: RowNode, context: Context): boolean {
  const row = node.row;
  if (node.children.some((c) => !isCountLabel(c.row.typeLabel))) return false;
  return row.typeLabel !== null || row.hasAnswerCell || row.computed || readsOwnAnswer(row, context);
}

function readsOwnAnswer(row: LkeRow, context: Context): boolean {
  const formula = valueFormulaOf(row.row, context);
  return !!formula && readsCell(formula, row.row, context.columns.unit.answer);
}

function planGroup(node: RowNode, id: string, code: string, depth: number, context: Context): PlannedGroup {
  const level = levelAt(depth);
  return {
    kind: 'group',
    id,
    code,
    title: node.row.title,
    row: node.row.valueRow ?? node.row.row,
    weight: node.row.weight,
    level,
    ...(level === 'area' ? { areaKey: areaKey(node.row.title) } : {}),
    formulaFunction: topFunction(node.row.valueRow ?? node.row.row, context),
    children: planChildren(node.children, id, depth + 1, context),
  };
}

function planIndicator(node: RowNode, id: string, code: string, context: Context): PlannedIndicator {
  const { sheet, columns } = context;
  const row = node.row;
  const guidance = columns.guidance === undefined ? '' : textAt(sheet, row.row, columns.guidance);
  const indicator: PlannedIndicator = {
    kind: 'indicator',
    id,
    code,
    title: row.title,
    row: row.row,
    weight: row.weight,
    typeLabel: row.typeLabel,
    computed: row.computed,
    inputs: [],
    breakdowns: [],
    keys: optionKeys(
      sheet,
      row.row,
      row.typeLabel,
      columns.unit.answer,
      columns.unit.value,
      context.workbook,
      valueFormulaOf(row.row, context),
    ),
    ...(guidance ? { guidance } : {}),
    gateRows: gateRows(row.row, context),
  };
  const foreign = foreignRows(row, context);
  if (foreign.length) {
    indicator.foreignRows = foreign;
    indicator.gateRows = [];
  }
  addInputs(indicator, node.children, context);
  return indicator;
}

/** Adds `Jumlah` rows (and the rows nested under them) as inputs; sum rows are not answered themselves. */
function addInputs(indicator: PlannedIndicator, nodes: RowNode[], context: Context): void {
  for (const node of nodes) {
    const answer = cellAt(context.sheet, node.row.row, context.columns.unit.answer);
    const parts = node.children.map((c) => c.row.row);
    if (answer?.formula) {
      const summed = sumParts(answer.formula, node.row.row, context);
      indicator.breakdowns.push({ row: node.row.row, parts: summed.length ? summed : parts, computed: true });
    } else {
      indicator.inputs.push({
        id: `${indicator.id}.${indicator.inputs.length + 1}`,
        title: node.row.title,
        row: node.row.row,
        typeLabel: node.row.typeLabel,
      });
      if (parts.length >= 2) indicator.breakdowns.push({ row: node.row.row, parts, computed: false });
    }
    addInputs(indicator, node.children, context);
  }
}

function sumParts(formula: string, row: number, context: Context): number[] {
  try {
    return rowsReadIn(parseFormula(formula), [context.columns.unit.answer]).filter((r) => r !== row);
  } catch {
    return [];
  }
}

function valueFormulaOf(row: number, context: Context): Formula | null {
  const cached = context.parsed.get(row);
  if (cached !== undefined) return cached;
  const col = context.columns.unit.value;
  const text = col === undefined ? undefined : cellAt(context.sheet, row, col)?.formula;
  let formula: Formula | null;
  try {
    formula = text && col !== undefined ? parseFormulaAt(text, row, col) : null;
  } catch {
    formula = null;
  }
  context.parsed.set(row, formula);
  return formula;
}

function topFunction(row: number, context: Context): PlannedGroup['formulaFunction'] {
  const formula = valueFormulaOf(row, context);
  if (!formula) return null;
  let node = formula;
  while (node.kind === 'group') node = node.inner;
  if (node.kind === 'binary' && node.op === '*') node = node.left.kind === 'call' ? node.left : node.right;
  if (node.kind === 'call' && node.name === 'AVERAGE') return 'AVERAGE';
  if (node.kind === 'call' && node.name === 'SUM') return 'SUM';
  if (node.kind === 'binary' && node.op === '+') return 'SUM';
  return 'OTHER';
}

/** Rows of other questions whose answer or value this row's value formula reads. */
function gateRows(row: number, context: Context): number[] {
  const formula = valueFormulaOf(row, context);
  if (!formula) return [];
  const { answer, value } = context.columns.unit;
  const columns = value === undefined ? [answer] : [answer, value];
  return rowsReadIn(formula, columns).filter((r) => r !== row && context.indicatorRows.has(r));
}

/** Other questions' answer cells the value formula reads, when it does not read its own answer. */
function foreignRows(row: LkeRow, context: Context): number[] {
  const formula = valueFormulaOf(row.row, context);
  if (!formula || row.computed) return [];
  const answer = context.columns.unit.answer;
  const read = rowsReadIn(formula, [answer]);
  if (read.includes(row.row)) return [];
  return read.filter((r) => context.indicatorRows.has(r));
}

function collectIndicatorRows(nodes: RowNode[], context: Context): void {
  for (const node of nodes) {
    if (!node.children.length && (node.row.typeLabel || node.row.hasAnswerCell))
      context.indicatorRows.add(node.row.row);
    collectIndicatorRows(node.children, context);
  }
}

/** Row of every planned node (groups, questions and inputs) by id. */
export function planRows(plan: PlannedGroup): Record<string, number> {
  const rows: Record<string, number> = {};
  const visit = (node: PlannedNode): void => {
    if (node.kind === 'group') {
      if (node.row !== null) rows[node.id] = node.row;
      node.children.forEach(visit);
      return;
    }
    rows[node.id] = node.row;
    for (const input of node.inputs) rows[input.id] = input.row;
  };
  visit(plan);
  return rows;
}
