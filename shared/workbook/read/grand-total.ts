import { cellName } from './cell-address';
import type { CellPlace, ColumnMap } from './layout';
import type { RowTree } from './build-row-tree';
import type { LkeRow } from './read-rows';
import { TOTAL_TITLE } from './read-rows';
import type { SheetData } from './sheet-data';
import { cellAt } from './sheet-data';

const GRAND = /nilai (evaluasi|total|akhir|indeks)|indeks|grand total|total nilai|jumlah nilai/i;

/**
 * The cell of the workbook's own grand total: the value cell of the "NILAI EVALUASI …" / "INDEKS …"
 * row, else of the last "TOTAL …" row, when it holds a formula.
 */
export function grandTotalCell(
  totals: LkeRow[],
  sheet: SheetData,
  columns: ColumnMap,
): CellPlace | undefined {
  const col = columns.unit.value;
  if (col === undefined) return undefined;
  const withFormula = totals.filter((t) => cellAt(sheet, t.row, col)?.formula);
  const grand =
    [...withFormula].reverse().find((t) => GRAND.test(t.title)) ?? withFormula[withFormula.length - 1];
  return grand ? { row: grand.row, col } : undefined;
}

/**
 * For a workbook without a total row: a formula adding the components' value cells, placed two rows
 * below the last row of the sheet in the value column (and the same for last year's block).
 */
export function addedTotalCells(
  componentRows: number[],
  sheet: SheetData,
  columns: ColumnMap,
): { total?: CellPlace; priorTotal?: CellPlace } {
  const row = sheet.rows.length + 1;
  const place = (col: number | undefined): CellPlace | undefined =>
    col === undefined || !componentRows.length || !componentRows.every((r) => cellAt(sheet, r, col)?.formula)
      ? undefined
      : { row, col, formula: `SUM(${componentRows.map((r) => cellName(r, col)).join(',')})` };
  const total = place(columns.unit.value);
  const priorTotal = place(columns.prior?.value);
  return { ...(total ? { total } : {}), ...(priorTotal ? { priorTotal } : {}) };
}

/**
 * A "TOTAL" row that states its maximum in the weight column (15 beside a total of 10 + 5) is read as a
 * row of the tree, since a row with a weight is scored. At the end of the tree, with no code, no rows
 * under it and a formula in its value cell, it is the workbook's total all the same: taken out of the
 * tree, so that it is neither a third component nor summed again into a total the workbench adds.
 */
export function withStatedTotals(tree: RowTree, sheet: SheetData, columns: ColumnMap): RowTree {
  const col = columns.unit.value;
  if (col === undefined) return tree;
  const roots = [...tree.roots];
  const trailing: LkeRow[] = [];
  for (let last = roots[roots.length - 1]; last; last = roots[roots.length - 1]) {
    const { row } = last;
    const stated =
      row.code === null &&
      row.weight !== null &&
      !row.typeLabel &&
      !last.children.length &&
      TOTAL_TITLE.test(row.title) &&
      !!cellAt(sheet, row.row, col)?.formula;
    if (!stated || roots.length === 1) break;
    roots.pop();
    trailing.unshift({ ...row, isTotal: true });
  }
  return trailing.length ? { ...tree, roots, totals: [...tree.totals, ...trailing] } : tree;
}
