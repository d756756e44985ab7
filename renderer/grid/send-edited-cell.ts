import type { GridApi } from 'ag-grid-community';
import type { GridRow } from './grid-rows';

/**
 * Sends the value in the cell being edited through its column's setter, as the grid does when the edit
 * ends, leaving the editor open; nothing when the value is unchanged (the grid would send nothing).
 * Whether anything was sent is told by the column's setter (it calls the window's edit).
 */
export function sendEditedCell(grid: GridApi<GridRow>): void {
  const cell = grid.getEditingCells()[0];
  const editor = grid.getCellEditorInstances()[0];
  const column = cell?.column;
  if (!cell || !column || !editor || cell.rowPinned) return;
  const node = grid.getDisplayedRowAtIndex(cell.rowIndex);
  const colDef = column.getColDef();
  if (!node?.data || typeof colDef.valueSetter !== 'function') return;
  const oldValue: unknown = grid.getCellValue({ rowNode: node, colKey: column, from: 'data' });
  const newValue: unknown = editor.getValue();
  if (newValue === oldValue) return;
  colDef.valueSetter({
    node,
    data: node.data,
    oldValue,
    newValue,
    colDef,
    column,
    api: grid,
    context: grid.getGridOption('context'),
  });
}
