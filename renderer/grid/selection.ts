/** A rectangular selection of cells, from the anchor (where it started) to the focus (where it is now). */
export interface CellPosition {
  row: number;
  col: string;
}

export interface Selection {
  anchor: CellPosition;
  focus: CellPosition;
}

export interface SelectionBounds {
  top: number;
  bottom: number;
  /** Column ids from left to right. */
  columns: string[];
}

/** The rows and columns a selection covers, given the displayed column order. */
export function selectionBounds(selection: Selection, columnOrder: readonly string[]): SelectionBounds {
  const a = columnOrder.indexOf(selection.anchor.col);
  const b = columnOrder.indexOf(selection.focus.col);
  const [left, right] = a <= b ? [a, b] : [b, a];
  return {
    top: Math.min(selection.anchor.row, selection.focus.row),
    bottom: Math.max(selection.anchor.row, selection.focus.row),
    columns: left < 0 ? [selection.focus.col] : columnOrder.slice(left, right + 1),
  };
}

export function inSelection(bounds: SelectionBounds | null, row: number, col: string): boolean {
  return bounds !== null && row >= bounds.top && row <= bounds.bottom && bounds.columns.includes(col);
}
