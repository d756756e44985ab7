import type { CellFocusedEvent, GridApi } from 'ag-grid-community';
import type { RefObject } from 'react';
import { useCallback, useEffect, useRef } from 'react';
import { enterTarget, followFocus } from './follow-focus';
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
  rows: () => readonly GridRow[],
  onSay: (said: TypingRefusal) => void,
) {
  const enter = useRef<1 | -1 | null>(null);
  const focused = useRef<string | null>(null);
  const seen = useRef<readonly GridRow[]>([]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onKey = (event: KeyboardEvent) => {
      const grid = api.current;
      if (!grid) return;
      if (event.key === 'Enter' && !event.ctrlKey && !event.altKey && !event.metaKey) {
        // The grid moves the focus while it handles this key; the move is checked as it lands.
        enter.current = event.shiftKey ? -1 : 1;
        setTimeout(() => (enter.current = null), 0);
        return;
      }
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
      event.preventDefault();
      event.returnValue = '';
    };
    element.addEventListener('keydown', onKey, true);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      element.removeEventListener('keydown', onKey, true);
      window.removeEventListener('beforeunload', onLeave);
    };
  }, [api, container, onSay]);

  /** Enter landed on a heading row: on to the next question or input row the same way. */
  const onCellFocused = useCallback(
    (event: CellFocusedEvent<GridRow>) => {
      const grid = api.current;
      if (
        !grid ||
        event.rowIndex === null ||
        event.rowPinned ||
        !event.column ||
        typeof event.column === 'string'
      )
        return;
      const shown = rows();
      const row = shown[event.rowIndex];
      focused.current = row?.id ?? null;
      const step = enter.current;
      if (step === null || row?.kind !== 'heading') return;
      enter.current = null;
      const target = enterTarget(shown, event.rowIndex, step);
      if (target === null) return;
      grid.ensureIndexVisible(target);
      grid.setFocusedCell(target, event.column);
    },
    [api, rows],
  );

  /** New rows: the focus stays on its row (or the one that was below it), not on its old position. */
  const onRowDataUpdated = useCallback(() => {
    const grid = api.current;
    const before = seen.current;
    const after = rows();
    seen.current = after;
    const cell = grid?.getFocusedCell();
    const id = focused.current;
    if (!grid || !cell || cell.rowPinned || !id || after[cell.rowIndex]?.id === id) return;
    // Only while the user is in the grid: the focus is not taken from the tree or a dialog.
    if (!container.current?.contains(document.activeElement)) return;
    const target = followFocus(before, after, id);
    if (target === null) return;
    grid.ensureIndexVisible(target);
    grid.setFocusedCell(target, cell.column);
  }, [api, container, rows]);

  return { onCellFocused, onRowDataUpdated };
}
