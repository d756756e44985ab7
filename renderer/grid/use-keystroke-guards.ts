import type { CellFocusedEvent, GridApi } from 'ag-grid-community';
import type { RefObject } from 'react';
import { useCallback, useEffect, useRef } from 'react';
import { desktopBridge } from '../api/client';
import { enterTarget, followFocus } from './follow-focus';
import { displayedRows } from './displayed-rows';
import type { GridRow } from './grid-rows';
import type { TypingRefusal } from './typing-refusal';
import { typingRefusal } from './typing-refusal';

/**
 * Keeps keystrokes where the user aims them: Enter moves past heading rows; the focus follows its row
 * when the rows change under it (a filter dropping the question just answered); a letter typed where
 * nothing can be typed is answered with why; and text typed in a cell and not yet entered is saved, with
 * the browser's warning, before the page is left or reloaded.
 */
export function useKeystrokeGuards(
  api: RefObject<GridApi<GridRow> | null>,
  container: RefObject<HTMLDivElement | null>,
  onSay: (said: TypingRefusal) => void,
) {
  const enter = useRef<1 | -1 | null>(null);
  const seen = useRef<readonly GridRow[]>([]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onKey = (event: KeyboardEvent) => {
      const grid = api.current;
      if (!grid) return;
      // The grid moves the focus after this key (at once, or once an edit is saved); the move is checked
      // as it lands. Any other key or a click forgets it.
      const isEnter = event.key === 'Enter' && !event.ctrlKey && !event.altKey && !event.metaKey;
      enter.current = isEnter ? (event.shiftKey ? -1 : 1) : null;
      if (isEnter) return;
      const printable = event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey;
      if (!printable || grid.getEditingCells().length > 0) return;
      const cell = grid.getFocusedCell();
      if (!cell || cell.rowPinned) return;
      const node = grid.getDisplayedRowAtIndex(cell.rowIndex);
      if (!node?.data || cell.column.isCellEditable(node)) return;
      const refusal = typingRefusal(
        node.data,
        cell.column.getColId(),
        cell.column.getColDef().headerName ?? '',
      );
      if (refusal) onSay(refusal);
    };
    const onLeave = (event: BeforeUnloadEvent) => {
      const grid = api.current;
      if (!grid || grid.getEditingCells().length === 0) return;
      grid.stopEditing();
      // The desktop app shows no such warning (it would only keep the window from closing); its edit
      // goes to the main process, which finishes it whatever the window does.
      if (desktopBridge()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    const onPointer = () => (enter.current = null);
    element.addEventListener('keydown', onKey, true);
    element.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      element.removeEventListener('keydown', onKey, true);
      element.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('beforeunload', onLeave);
    };
  }, [api, container, onSay]);

  /** Enter landed on a heading row: on to the next question or input row the same way. */
  const onCellFocused = useCallback(
    (event: CellFocusedEvent<GridRow>) => {
      const grid = api.current;
      const step = enter.current;
      enter.current = null;
      if (
        !grid ||
        event.rowIndex === null ||
        event.rowPinned ||
        !event.column ||
        typeof event.column === 'string'
      )
        return;
      // The grid's own rows: the window's may already be the next ones, not yet given to the grid.
      const row = grid.getDisplayedRowAtIndex(event.rowIndex)?.data;
      if (step === null || row?.kind !== 'heading') return;
      const target = enterTarget(displayedRows(grid), event.rowIndex, step);
      if (target === null) return;
      grid.ensureIndexVisible(target);
      grid.setFocusedCell(target, event.column);
    },
    [api],
  );

  /** New rows: the focus stays on its row (or the one that was below it), not on its old position. */
  const onRowDataUpdated = useCallback(() => {
    const grid = api.current;
    if (!grid) return;
    const before = seen.current;
    const after = displayedRows(grid);
    seen.current = after;
    // The grid keeps its focus by position: the focused row is the one that was at that position. (Not
    // the row of the last focus event: the grid tells of a move after it made it, and rows coming between
    // a move and its event would pull the focus back to the row it left.)
    const cell = grid.getFocusedCell();
    const id = cell && !cell.rowPinned ? before[cell.rowIndex]?.id : undefined;
    if (!cell || !id || after[cell.rowIndex]?.id === id) return;
    // Only while the user is in the grid: the focus is not taken from the tree or a dialog.
    if (!container.current?.contains(document.activeElement)) return;
    const target = followFocus(before, after, id);
    if (target === null) return;
    grid.ensureIndexVisible(target);
    grid.setFocusedCell(target, cell.column);
  }, [api, container]);

  return { onCellFocused, onRowDataUpdated };
}
