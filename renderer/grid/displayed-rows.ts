import type { GridApi } from 'ag-grid-community';
import type { GridRow } from './grid-rows';

/** The rows the grid shows now, top to bottom (its own, which may lag the window's by a frame). */
export function displayedRows(grid: GridApi<GridRow>): GridRow[] {
  const rows: GridRow[] = [];
  for (let i = 0; i < grid.getDisplayedRowCount(); i++) {
    const data = grid.getDisplayedRowAtIndex(i)?.data;
    if (data) rows.push(data);
  }
  return rows;
}
