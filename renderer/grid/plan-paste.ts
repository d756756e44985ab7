import type { RecordField } from '../../shared/records/answer-record';
import type { GridRow, ItemRow } from './grid-rows';
import type { SelectionBounds } from './selection';

export interface PasteEdit {
  itemId: string;
  field: RecordField;
  text: string | null;
  /** The line of the pasted block it comes from (1 = the first), named when its value is refused. */
  line: number;
}

/** What a copy and a paste need to know of the grid as it is on screen. */
export interface ShownGrid {
  /** The rows shown, top to bottom (headings included: copying and pasting leave them out). */
  rows: readonly GridRow[];
  /** The columns shown, left to right; a hidden column is not in it. */
  columns: readonly string[];
  /** The record field a column edits, or null for a column that is computed or only read. */
  fieldOf: (col: string) => RecordField | null;
  /** Whether this row's cell of this field takes a value (a derived row's answer does not). */
  writable: (row: ItemRow, field: RecordField) => boolean;
  /** The text a cell shows, which is what a copy carries. */
  shown: (row: ItemRow, col: string) => string;
}

export type PastePlan =
  | {
      ok: true;
      edits: PasteEdit[];
      /** Pasted cells that fell on cells that cannot be filled (computed, read-only), by column. */
      skipped: { cells: number; columns: string[] };
    }
  | { ok: false; reason: 'noTarget' | 'tooManyRows' | 'tooManyColumns'; detail?: string };

const isItem = (row: GridRow | undefined): row is ItemRow => row !== undefined && row.kind !== 'heading';

/** The question and input rows between two shown rows (headings left out, as a copy leaves them out). */
export function itemRows(rows: readonly GridRow[], top: number, bottom: number): ItemRow[] {
  return rows.slice(top, bottom + 1).filter(isItem);
}

/** What Ctrl+C of a range carries: the text of every cell shown in it, row by row (headings left out). */
export function copyCells(grid: ShownGrid, bounds: SelectionBounds): string[][] {
  return itemRows(grid.rows, bounds.top, bounds.bottom).map((row) =>
    bounds.columns.map((col) => grid.shown(row, col)),
  );
}

/**
 * Where pasted cells go: each pasted column lands in the column shown at that place on screen, counted
 * from the range's left column, whatever the column is (computed and read-only cells included); each line
 * in the next question or input row shown (headings are left out, as a copy leaves them out). A cell that
 * cannot be filled is skipped and counted; a cell pasted with the text it already shows is left alone, so
 * that a copy pasted back onto itself changes nothing. One copied cell over a larger range fills the whole
 * range, as in Excel. A block running past the last row or column shown is refused whole.
 */
export function planPaste(cells: string[][], grid: ShownGrid, bounds: SelectionBounds): PastePlan {
  const left = grid.columns.indexOf(bounds.columns[0] ?? '');
  if (left < 0 || cells.length === 0) return { ok: false, reason: 'noTarget' };
  const single = cells.length === 1 && cells[0]?.length === 1;
  const lines = single
    ? Array.from({ length: Math.max(1, itemRows(grid.rows, bounds.top, bounds.bottom).length) }, () =>
        Array<string>(Math.max(1, bounds.columns.length)).fill(cells[0]?.[0] ?? ''),
      )
    : cells;
  const targets = grid.rows.slice(bounds.top).filter(isItem);
  if (lines.length > targets.length)
    return { ok: false, reason: 'tooManyRows', detail: String(lines.length) };
  const width = Math.max(...lines.map((line) => line.length));
  if (left + width > grid.columns.length)
    return { ok: false, reason: 'tooManyColumns', detail: String(width) };

  const edits: PasteEdit[] = [];
  let skippedCells = 0;
  const skippedColumns = new Set<string>();
  lines.forEach((line, i) => {
    const row = targets[i] as ItemRow;
    line.forEach((text, j) => {
      const col = grid.columns[left + j] as string;
      if (text === grid.shown(row, col)) return;
      const field = grid.fieldOf(col);
      if (!field || !grid.writable(row, field)) {
        // An empty pasted cell loses nothing there; a value does, and is counted.
        if (text.trim() === '') return;
        skippedCells++;
        skippedColumns.add(col);
        return;
      }
      edits.push({ itemId: row.id, field, text: text.trim() === '' ? null : text, line: i + 1 });
    });
  });
  return { ok: true, edits, skipped: { cells: skippedCells, columns: [...skippedColumns] } };
}

/** What the notice says of a paste: how many cells it filled, and which it skipped. */
export interface PasteSaid {
  messageKey: string;
  params: Record<string, string | number>;
}

export function pasteSaid(count: number, skipped: number, columns: readonly string[]): PasteSaid {
  const params = { count, skipped, columns: columns.join(', ') };
  if (count === 0) return { messageKey: skipped ? 'ui.pasteSkippedAll' : 'ui.pasteUnchanged', params };
  return { messageKey: skipped ? 'ui.pastedSkipping' : 'ui.pasted', params };
}
