import type { GridApi } from 'ag-grid-community';
import { toTsv } from './clipboard';
import { EDITABLE_FIELDS } from './columns';
import { fieldOfColumn, hasValue, rawText, writable } from './grid-cells';
import type { GridRow } from './grid-rows';
import type { PasteEdit, ShownGrid } from './plan-paste';
import { copyCells, itemRows } from './plan-paste';
import type { SelectionBounds } from './selection';

/** A field's text as copying and filling down carry it (what the cell shows, which a paste reads back). */
const FILLABLE = EDITABLE_FIELDS.filter((f) => f !== 'evidence');

/** The grid as it is on screen: the rows given to it, the columns it shows, each cell's text as shown. */
export function shownGrid(grid: GridApi<GridRow>, rows: readonly GridRow[]): ShownGrid {
  return {
    rows,
    columns: grid.getAllDisplayedColumns().map((c) => c.getColId()),
    fieldOf: fieldOfColumn,
    writable,
    shown: (row, col) => {
      const node = grid.getRowNode(row.id);
      return node ? String(grid.getCellValue({ rowNode: node, colKey: col, useFormatter: true }) ?? '') : '';
    },
  };
}

/** Ctrl+C of a range: its cells as shown, as Excel takes them. */
export function copyText(grid: ShownGrid, bounds: SelectionBounds): string {
  return toTsv(copyCells(grid, bounds));
}

/**
 * Delete over a range of more than one cell: every fillable cell in it cleared, as one action. Null when
 * the range is one cell the grid clears itself (every cell but evidence, which the grid does not edit).
 */
export function clearEdits(rows: readonly GridRow[], bounds: SelectionBounds): PasteEdit[] | null {
  const range = itemRows(rows, bounds.top, bounds.bottom);
  if (range.length <= 1 && bounds.columns.length <= 1 && bounds.columns[0] !== 'evidence') return null;
  const edits: PasteEdit[] = [];
  range.forEach((row, i) => {
    for (const col of bounds.columns) {
      const field = fieldOfColumn(col);
      if (field && writable(row, field) && hasValue(row, field))
        edits.push({ itemId: row.id, field, text: null, line: i + 1 });
    }
  });
  return edits;
}

/** Ctrl+D: the range's first row copied into the rows under it, column by column, as one action. */
export function fillDownEdits(rows: readonly GridRow[], bounds: SelectionBounds): PasteEdit[] {
  const range = itemRows(rows, bounds.top, bounds.bottom);
  const first = range[0];
  if (!first || range.length < 2) return [];
  const edits: PasteEdit[] = [];
  range.slice(1).forEach((row, i) => {
    for (const col of bounds.columns) {
      const field = FILLABLE.find((f) => f === col);
      if (!field || !writable(row, field) || !writable(first, field)) continue;
      edits.push({ itemId: row.id, field, text: rawText(first, field), line: i + 2 });
    }
  });
  return edits;
}
