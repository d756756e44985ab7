import type { CellClassParams, CellFocusedEvent, GridApi } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { RefObject } from 'react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { fromTsv } from './clipboard';
import { typedValue } from './columns';
import { sameRows } from './follow-focus';
import type { GridActions } from './grid-actions';
import type { GridRow } from './grid-rows';
import type { PasteEdit } from './plan-paste';
import { pasteSaid, planPaste } from './plan-paste';
import { clearEdits, copyText, fillDownEdits, shownGrid } from './range-edits';
import { arrowDirection, cellOf, extendSelection, samePosition } from './range-selection';
import type { Selection, SelectionBounds } from './selection';
import { inSelection, selectionBounds } from './selection';

/**
 * The grid's range selection, built on its cell API (a range is an Enterprise feature in AG Grid):
 * Shift+arrows, Shift+click and drag move the range's far corner, the focused cell is its anchor; copy,
 * paste, Delete over a range and fill-down (Ctrl+D) act on it, each sent as one undoable edit; Ctrl+Z /
 * Ctrl+Y undo and redo; Enter or F2 on an evidence cell opens its list.
 */
export function useRangeSelection(
  api: RefObject<GridApi<GridRow> | null>,
  container: RefObject<HTMLDivElement | null>,
  rows: readonly GridRow[],
  actions: GridActions,
  t: TFunction,
) {
  const selection = useRef<Selection | null>(null);
  const latest = useRef({ rows, actions, t });
  latest.current = { rows, actions, t };

  const columnOrder = (): string[] => api.current?.getAllDisplayedColumns().map((c) => c.getColId()) ?? [];
  /**
   * The selected range. Its anchor is the grid's focused cell: when the grid focused another cell (an
   * arrow, a click, Enter after an edit), the range starts again from there.
   */
  const bounds = (): SelectionBounds | null => {
    const focused = api.current?.getFocusedCell();
    if (focused && !focused.rowPinned) {
      const position = { row: focused.rowIndex, col: focused.column.getColId() };
      if (!samePosition(selection.current?.anchor ?? null, position))
        selection.current = { anchor: position, focus: position };
    }
    return selection.current ? selectionBounds(selection.current, columnOrder()) : null;
  };

  /** The range last drawn: a range the grid replaced on its own (a focus it moved) is still on screen. */
  const drawn = useRef<Selection | null>(null);
  /** Redraws the highlight of the rows an old, the last drawn and a new range cover. */
  const redraw = (before: Selection | null, after: Selection | null) => {
    const grid = api.current;
    if (!grid) return;
    const rowsOf = (s: Selection | null) => (s ? [s.anchor.row, s.focus.row] : []);
    const last = drawn.current;
    const touched = [...rowsOf(before), ...rowsOf(last), ...rowsOf(after)];
    drawn.current = after;
    if (!touched.length) return;
    const rowNodes = [];
    for (let r = Math.min(...touched); r <= Math.max(...touched); r++) {
      const node = grid.getDisplayedRowAtIndex(r);
      if (node) rowNodes.push(node);
    }
    // Only the columns the ranges cover (a focus moved down one row: two cells, not two whole rows);
    // every column when one of them is no longer shown.
    const order = columnOrder();
    const ranges = [before, last, after].filter((s): s is Selection => s !== null);
    const known = ranges.every((s) => order.includes(s.anchor.col) && order.includes(s.focus.col));
    const columns = known
      ? [...new Set(ranges.flatMap((s) => selectionBounds(s, order).columns))]
      : undefined;
    grid.refreshCells({ rowNodes, ...(columns ? { columns } : {}), force: true, suppressFlash: true });
  };

  /** Moves the range's far corner (the anchor stays the focused cell) and shows it. */
  const moveCorner = (focus: { row: number; col: string }) => {
    const grid = api.current;
    const anchor = grid?.getFocusedCell();
    if (!grid || !anchor || anchor.rowPinned) return;
    const before = selection.current;
    const start = { row: anchor.rowIndex, col: anchor.column.getColId() };
    selection.current = { anchor: start, focus };
    grid.ensureIndexVisible(focus.row);
    grid.ensureColumnVisible(focus.col);
    redraw(before, selection.current);
  };

  // Other rows (another node of the tree, a filter) make the old range meaningless; the same rows with new
  // values (an edit, a background refresh) keep it, so a Delete after Shift+arrows clears the whole range.
  const shownRows = useRef<readonly GridRow[]>([]);
  useEffect(() => {
    const same = sameRows(shownRows.current, rows);
    shownRows.current = rows;
    if (same) return;
    const before = selection.current;
    selection.current = null;
    redraw(before, null);
  }, [rows]);

  /** The grid focused a cell: the range starts again from it. */
  const onCellFocused = useCallback((event: CellFocusedEvent<GridRow>) => {
    if (event.rowIndex === null || event.rowPinned || !event.column || typeof event.column === 'string')
      return;
    const position = { row: event.rowIndex, col: event.column.getColId() };
    const before = selection.current;
    selection.current = { anchor: position, focus: position };
    redraw(before, selection.current);
  }, []);

  /** Pasted text read as typed text is (y → Ya, "Mei 2026" → 2026-05). */
  const typedText = (edit: PasteEdit): string | null => {
    const row = latest.current.rows.find((r) => r.id === edit.itemId);
    return edit.text === null || !row || row.kind === 'heading'
      ? edit.text
      : typedValue(latest.current.t, row, edit.field, edit.text);
  };

  /** What is pasted lands in the cells it covers on screen; cells that cannot be filled are skipped, said. */
  const paste = (text: string) => {
    const grid = api.current;
    const b = bounds();
    const current = latest.current;
    if (!grid || !b) return;
    const plan = planPaste(fromTsv(text), shownGrid(grid, current.rows), b);
    if (!plan.ok) return current.actions.pasteRejected(plan);
    const header = (col: string) => grid.getColumn(col)?.getColDef().headerName ?? col;
    current.actions.paste(
      plan.edits.map((e) => ({ ...e, text: typedText(e) })),
      pasteSaid(plan.edits.length, plan.skipped.cells, plan.skipped.columns.map(header)),
    );
  };

  /** Delete over a range of more than one cell: every fillable cell in it is cleared, as one action. */
  const clearRange = (): boolean => {
    const b = bounds();
    const edits = b ? clearEdits(latest.current.rows, b) : null;
    if (!edits) return false;
    if (edits.length) latest.current.actions.paste(edits);
    return true;
  };

  /** Ctrl+D: the range's first row copied into the rows under it, column by column, as one action. */
  const fillDown = () => {
    const b = bounds();
    const edits = b ? fillDownEdits(latest.current.rows, b) : [];
    if (edits.length) latest.current.actions.paste(edits);
  };

  // Clipboard, range and undo keys act on the grid only while no cell editor is open.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const editing = () => (api.current?.getEditingCells().length ?? 0) > 0;
    let dragging = false;
    const onKey = (event: KeyboardEvent) => {
      if (editing()) return;
      const focused = api.current?.getFocusedCell();
      if (
        (event.key === 'Enter' || event.key === 'F2') &&
        focused?.column.getColId() === 'evidence' &&
        !focused.rowPinned
      ) {
        const row = api.current?.getDisplayedRowAtIndex(focused.rowIndex)?.data;
        if (row?.kind === 'indicator') {
          event.preventDefault();
          event.stopPropagation();
          latest.current.actions.openEvidence(row.id);
          return;
        }
      }
      const direction = arrowDirection(event.key);
      if (direction && event.shiftKey && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        event.stopPropagation();
        const current = bounds() && selection.current;
        if (!current) return;
        moveCorner(
          extendSelection(current, direction, api.current?.getDisplayedRowCount() ?? 0, columnOrder()).focus,
        );
        return;
      }
      if ((event.key === 'Delete' || event.key === 'Backspace') && clearRange()) {
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        latest.current.actions.undo();
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault();
        latest.current.actions.redo();
      } else if (key === 'd') {
        event.preventDefault();
        event.stopPropagation();
        fillDown();
      }
    };
    // Pointer events come first (the grid focuses a cell on them): a Shift+click only moves the range's
    // corner, the focused cell stays its anchor; a plain press may start dragging a range.
    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0 || editing()) return;
      const position = cellOf(event.target as Element);
      if (!position) return;
      if (event.shiftKey && api.current?.getFocusedCell()) {
        event.preventDefault();
        event.stopPropagation();
        moveCorner(position);
        return;
      }
      dragging = true;
    };
    const onClick = (event: MouseEvent) => {
      if (event.shiftKey && cellOf(event.target as Element) && !editing()) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    const onMouseMove = (event: MouseEvent) => {
      if (!dragging || !(event.buttons & 1)) return;
      const position = cellOf(event.target as Element);
      if (position && !samePosition(position, selection.current?.focus ?? null)) {
        event.preventDefault();
        moveCorner(position);
      }
    };
    const onMouseUp = () => (dragging = false);
    const onCopy = (event: ClipboardEvent) => {
      if (editing()) return;
      const grid = api.current;
      const b = bounds();
      if (!grid || !b) return;
      event.clipboardData?.setData('text/plain', copyText(shownGrid(grid, latest.current.rows), b));
      event.preventDefault();
    };
    const onPasteEvent = (event: ClipboardEvent) => {
      if (editing()) return;
      event.preventDefault();
      paste(event.clipboardData?.getData('text/plain') ?? '');
    };
    element.addEventListener('keydown', onKey, true);
    element.addEventListener('pointerdown', onPointerDown, true);
    element.addEventListener('click', onClick, true);
    element.addEventListener('mousemove', onMouseMove);
    window.addEventListener('mouseup', onMouseUp);
    element.addEventListener('copy', onCopy);
    element.addEventListener('paste', onPasteEvent);
    return () => {
      element.removeEventListener('keydown', onKey, true);
      element.removeEventListener('pointerdown', onPointerDown, true);
      element.removeEventListener('click', onClick, true);
      element.removeEventListener('mousemove', onMouseMove);
      window.removeEventListener('mouseup', onMouseUp);
      element.removeEventListener('copy', onCopy);
      element.removeEventListener('paste', onPasteEvent);
    };
    // Everything it reads is behind refs: the listeners are added once.
  }, []);

  /** The cell class that draws the range. */
  const cellClassRules = useMemo(
    () => ({
      'cell-selected': (p: CellClassParams<GridRow>) =>
        p.node.rowIndex !== null &&
        !p.node.rowPinned &&
        inSelection(bounds(), p.node.rowIndex, p.column.getColId()),
    }),
    [],
  );

  return { selection, onCellFocused, cellClassRules };
}
