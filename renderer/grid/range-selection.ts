import type { CellPosition, Selection } from './selection';

/**
 * Range selection as in Excel, on AG Grid Community's cell API (AG Grid's own range selection is an
 * Enterprise feature): the focused cell is the anchor; Shift+arrows, Shift+click and dragging move the
 * other corner. These are the pure steps; the grid component wires them to keys and the mouse.
 */

export type Direction = 'up' | 'down' | 'left' | 'right';

const DIRECTIONS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export const arrowDirection = (key: string): Direction | null => DIRECTIONS[key] ?? null;

/** The selection with its moving corner one cell further, kept inside the rows and the displayed columns. */
export function extendSelection(
  selection: Selection,
  direction: Direction,
  rowCount: number,
  columnOrder: readonly string[],
): Selection {
  const { focus } = selection;
  let row = focus.row;
  let col = columnOrder.indexOf(focus.col);
  if (direction === 'up') row = Math.max(0, row - 1);
  if (direction === 'down') row = Math.min(rowCount - 1, row + 1);
  if (direction === 'left') col = Math.max(0, col - 1);
  if (direction === 'right') col = Math.min(columnOrder.length - 1, col + 1);
  return { anchor: selection.anchor, focus: { row, col: columnOrder[col] ?? focus.col } };
}

/** The grid cell an element belongs to (a body cell, not a pinned total), from AG Grid's DOM attributes. */
export function cellOf(element: Element | null): CellPosition | null {
  const cell = element?.closest('.ag-cell[col-id]');
  const row = cell?.closest('.ag-row[row-index]');
  if (!cell || !row || row.classList.contains('ag-row-pinned')) return null;
  const index = Number(row.getAttribute('row-index'));
  const col = cell.getAttribute('col-id');
  return Number.isInteger(index) && col ? { row: index, col } : null;
}

export const samePosition = (a: CellPosition | null, b: CellPosition | null): boolean =>
  a !== null && b !== null && a.row === b.row && a.col === b.col;
