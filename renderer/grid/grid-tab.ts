import type { TabToNextCellParams } from 'ag-grid-community';

/** A cell by its row's index among the displayed rows and its column id. */
export interface CellAt {
  row: number;
  col: string;
}

/**
 * Where Tab into the grid lands (the grid is one tab stop, as a WAI-ARIA grid): the cell focused last
 * while it is still shown, else the first row's answer (or its first column when the answer is hidden).
 * Null when there is no row: the grid then takes no focus and Tab goes on.
 */
export function entryCell(last: CellAt | null, rowCount: number, columns: readonly string[]): CellAt | null {
  const first = columns.includes('answer') ? 'answer' : columns[0];
  if (rowCount === 0 || first === undefined) return null;
  if (last && last.row < rowCount && columns.includes(last.col)) return last;
  return { row: 0, col: first };
}

/**
 * Tab while typing in a cell saves it and opens the next one, as in Excel; Tab on a cell leaves the
 * grid (arrows move inside it) instead of walking every cell.
 */
export function tabFromCell(params: Pick<TabToNextCellParams, 'editing' | 'nextCellPosition'>) {
  return params.editing ? (params.nextCellPosition ?? false) : false;
}
