import type { Budget, Closure } from './closure';
import { closureOf, forEachCell } from './closure';
import type { FormulaCell, FormulaGraph } from './formula-graph';

/** A formula cell the workbook presents as a result, with what it is built from. */
export interface Total {
  cell: FormulaCell;
  closure: Closure;
  /**
   * The cell nothing reads that looked like this total but adds it again with its own components (a
   * stray `=J10+J2+J8`): not a total, reported rather than led with.
   */
  instead?: FormulaCell;
}

/**
 * The results the workbook presents: formula cells no other formula reads (on the same sheet when
 * `sameSheet` is given), each followed down through cells that merely present another one (`=L198`,
 * `=L228/H228`, `=IF(L208>=75,"WBK","-")`), largest first by the number of cells they are built from.
 */
export function findTotals(graph: FormulaGraph, budget: Budget, sameSheet?: number): Total[] {
  const roots = graph
    .formulas()
    .filter((f) =>
      sameSheet === undefined
        ? !graph.isRead(f.sheet, f.row, f.col)
        : f.sheet === sameSheet && !readOnSheet(graph, f, sameSheet),
    );
  const seen = new Set<FormulaCell>();
  const totals: Total[] = [];
  for (const root of roots) {
    const counted = countedOnce(graph, root, budget);
    const cell = presented(graph, counted ?? root, budget, sameSheet);
    if (seen.has(cell)) continue;
    seen.add(cell);
    totals.push({ cell, closure: closureOf(graph, cell, budget), ...(counted ? { instead: root } : {}) });
  }
  return totals.sort((a, b) => b.closure.inputs.size - a.closure.inputs.size || a.cell.sheet - b.cell.sheet);
}

/** A stray cell adds few cells; a summary of many units is not checked cell by cell. */
const MAX_PARTS = 50;

/**
 * The total a cell counts twice: when it adds a formula cell together with cells that one is built from
 * (`=J10+J2+J8`, J10 being `=SUM(J2,J8)`), and exactly one of its parts holds all the others, that part
 * is the total it repeats. Undefined when the cell counts each of its parts once.
 */
function countedOnce(graph: FormulaGraph, cell: FormulaCell, budget: Budget): FormulaCell | undefined {
  const parts = addedFormulaCells(graph, cell, budget);
  if (parts.length < 2 || parts.length > MAX_PARTS) return undefined;
  const within = new Set<FormulaCell>();
  for (const part of parts) {
    for (const inner of closureOf(graph, part, budget).formulas) if (inner !== part) within.add(inner);
  }
  const outer = parts.filter((p) => !within.has(p));
  return outer.length === 1 && outer.length < parts.length ? outer[0] : undefined;
}

/** Whether a formula on the given sheet reads this cell (a sheet's own total may be read elsewhere). */
function readOnSheet(graph: FormulaGraph, cell: FormulaCell, sheet: number): boolean {
  if (!graph.isRead(cell.sheet, cell.row, cell.col)) return false;
  return readersOnSheet(graph, sheet).has(cell);
}

const readerCache = new WeakMap<FormulaGraph, Map<number, Set<FormulaCell>>>();

/** Formula cells read by some formula of the sheet (computed once per graph and sheet). */
function readersOnSheet(graph: FormulaGraph, sheet: number): Set<FormulaCell> {
  let bySheet = readerCache.get(graph);
  if (!bySheet) readerCache.set(graph, (bySheet = new Map()));
  const cached = bySheet.get(sheet);
  if (cached) return cached;
  const read = new Set<FormulaCell>();
  for (const formula of graph.formulas()) {
    if (formula.sheet !== sheet) continue;
    for (const ref of formula.references) {
      if (ref.sheet !== sheet || ref.polarity !== 'adds') continue;
      const size = (ref.bottom - ref.top + 1) * (ref.right - ref.left + 1);
      if (size > 20_000) continue;
      for (let row = ref.top; row <= ref.bottom; row++)
        for (let col = ref.left; col <= ref.right; col++) {
          const target = graph.formulaAt(sheet, row, col);
          if (target && target !== formula) read.add(target);
        }
    }
  }
  bySheet.set(sheet, read);
  return read;
}

/**
 * The cell a root presents: as long as everything a formula adds up comes from one other formula cell
 * (its own inputs only divide or test it), that cell is the result it shows.
 */
function presented(graph: FormulaGraph, root: FormulaCell, budget: Budget, sameSheet?: number): FormulaCell {
  let cell = root;
  const visited = new Set<FormulaCell>([root]);
  for (;;) {
    const children = addedFormulaCells(graph, cell, budget);
    const only = children.length === 1 ? children[0] : undefined;
    if (!only || visited.has(only) || (sameSheet !== undefined && only.sheet !== sameSheet)) return cell;
    // A row that shows another row of its sheet (`B. HASIL` = `=J9`) is a node of the LKE itself; a cell
    // beside its value (`M228` = `L228/H228`) or on a cover sheet only presents it.
    if (only.sheet === cell.sheet && only.row !== cell.row) return cell;
    if (addedInputCount(graph, cell, budget) > 0) return cell;
    visited.add(only);
    cell = only;
  }
}

/** The distinct formula cells a formula reads with `adds` polarity. */
export function addedFormulaCells(graph: FormulaGraph, cell: FormulaCell, budget: Budget): FormulaCell[] {
  const found = new Set<FormulaCell>();
  for (const ref of cell.references) {
    if (ref.polarity !== 'adds') continue;
    forEachCell(ref, budget, (sheet, row, col) => {
      const formula = graph.formulaAt(sheet, row, col);
      if (formula && formula !== cell) found.add(formula);
    });
  }
  return [...found];
}

/** How many non-blank cells without a formula a formula adds up directly. */
function addedInputCount(graph: FormulaGraph, cell: FormulaCell, budget: Budget): number {
  let count = 0;
  for (const ref of cell.references) {
    if (ref.polarity !== 'adds') continue;
    forEachCell(ref, budget, (sheet, row, col) => {
      if (graph.formulaAt(sheet, row, col)) return;
      const value = graph.cellData(sheet, row, col)?.value;
      if (value !== null && value !== undefined && value !== '') count++;
    });
  }
  return count;
}
