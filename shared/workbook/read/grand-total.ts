import { cellName } from './cell-address';
import type { CellPlace, ColumnMap } from './layout';
import type { LkeRow } from './read-rows';
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
