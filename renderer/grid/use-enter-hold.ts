import type { GridApi } from 'ag-grid-community';
import type { RefObject } from 'react';
import { useCallback, useEffect, useRef } from 'react';
import { enterTarget, followFocus } from './follow-focus';
import { displayedRows } from './displayed-rows';
import type { GridRow } from './grid-rows';

/** The longest the cell waits for the service before moving on anyway (a slow server, a busy laptop). */
const HOLD_MAX_MS = 50;

interface Hold {
  rowId: string;
  colId: string;
  step: 1 | -1;
  /** The grid's rows when Enter was pressed (the answer may take the row out of a filter). */
  rows: GridRow[];
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Enter in a cell being typed in (an answer "b", a count): the edit leaves for the service at once, and
 * the grid ends the edit and moves down once the new total is painted, or after HOLD_MAX_MS. The page
 * is so free to take the answer as soon as it comes, not after the grid's own work (ending the edit,
 * moving the focus: several ms, and a frame they force). Nothing typed meanwhile goes astray: any key or
 * click first finishes the move, and a key meant for a cell is given to the cell the move reached.
 */
export function useEnterHold(
  api: RefObject<GridApi<GridRow> | null>,
  container: RefObject<HTMLDivElement | null>,
  /** Sends the cell's edit through its column (as the grid would); resolves once its answer is shown. */
  send: (grid: GridApi<GridRow>) => Promise<void> | null,
) {
  const hold = useRef<Hold | null>(null);

  /** Ends the held edit (already sent) and moves to the next row, as the grid's Enter would have. */
  const finish = useCallback(() => {
    const held = hold.current;
    const grid = api.current;
    if (!held) return;
    hold.current = null;
    clearTimeout(held.timer);
    if (!grid || grid.isDestroyed()) return;
    grid.stopEditing(true);
    const rows = displayedRows(grid);
    const at = followFocus(held.rows, rows, held.rowId);
    if (at === null) return;
    // The row itself is gone (a filter): the one that was below it is where Enter down lands.
    const gone = rows[at]?.id !== held.rowId;
    const target =
      gone && held.step === 1 && rows[at]?.kind !== 'heading' ? at : enterTarget(rows, at, held.step);
    // Down from the last row: into the totals pinned below the rows, as the grid's own Enter goes.
    if (target === null && held.step === 1 && grid.getPinnedBottomRowCount() > 0)
      return grid.setFocusedCell(0, held.colId, 'bottom');
    if (target === null) return grid.setFocusedCell(at, held.colId);
    grid.ensureIndexVisible(target);
    grid.setFocusedCell(target, held.colId);
  }, [api]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onEnter = (event: KeyboardEvent) => {
      const grid = api.current;
      if (!grid || hold.current || !isPlainEnter(event) || !inlineEditor(event.target)) return;
      const cell = grid.getEditingCells()[0];
      if (!cell?.column || cell.rowPinned) return;
      const row = grid.getDisplayedRowAtIndex(cell.rowIndex)?.data;
      if (!row) return;
      const sent = send(grid);
      if (!sent) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const held: Hold = {
        rowId: row.id,
        colId: cell.column.getColId(),
        step: event.shiftKey ? -1 : 1,
        rows: displayedRows(grid),
        timer: setTimeout(finish, HOLD_MAX_MS),
      };
      hold.current = held;
      // Once the answer's total is painted: a task after the next animation frame.
      void sent.then(() => {
        if (hold.current === held) requestAnimationFrame(() => setTimeout(finish, 0));
      });
    };
    // Before anything else sees it, a key or a click first finishes the move; a key meant for the cell
    // left behind goes to the cell the move reached instead (its path was set when it was dispatched).
    // Copy, cut and paste go on as they are: the browser gives their events to the cell now focused.
    const onKeyFirst = (event: KeyboardEvent) => {
      if (!hold.current) return;
      finish();
      if (!element.contains(event.target as Node) || isClipboardKey(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      (document.activeElement ?? element).dispatchEvent(
        new KeyboardEvent('keydown', {
          key: event.key,
          code: event.code,
          location: event.location,
          repeat: event.repeat,
          shiftKey: event.shiftKey,
          ctrlKey: event.ctrlKey,
          altKey: event.altKey,
          metaKey: event.metaKey,
          bubbles: true,
          cancelable: true,
          composed: true,
        }),
      );
    };
    const onOther = () => finish();
    element.addEventListener('keydown', onEnter, true);
    // The editor losing the focus would end the edit and send it again: the hold ends first.
    element.addEventListener('focusout', onOther, true);
    window.addEventListener('keydown', onKeyFirst, true);
    window.addEventListener('pointerdown', onOther, true);
    window.addEventListener('blur', onOther);
    // Before the warning about text not yet entered: the held edit is sent already, it is not sent again.
    window.addEventListener('beforeunload', onOther, true);
    return () => {
      finish();
      element.removeEventListener('keydown', onEnter, true);
      element.removeEventListener('focusout', onOther, true);
      window.removeEventListener('keydown', onKeyFirst, true);
      window.removeEventListener('pointerdown', onOther, true);
      window.removeEventListener('blur', onOther);
      window.removeEventListener('beforeunload', onOther, true);
    };
  }, [api, container, send, finish]);

  return { finish };
}

const isPlainEnter = (event: KeyboardEvent) =>
  event.key === 'Enter' && !event.ctrlKey && !event.altKey && !event.metaKey && !event.isComposing;

const isClipboardKey = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && ['c', 'v', 'x'].includes(event.key.toLowerCase());

/** The grid's one-line editor in its cell (not a popup's text area, where Enter may mean a new line). */
const inlineEditor = (target: EventTarget | null) =>
  target instanceof HTMLInputElement && target.closest('.ag-cell-inline-editing') !== null;
