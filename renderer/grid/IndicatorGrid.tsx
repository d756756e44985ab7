import type {
  CellClassParams,
  CellDoubleClickedEvent,
  CellFocusedEvent,
  ColumnResizedEvent,
  FocusGridInnerElementParams,
  GridApi,
  GridReadyEvent,
  RowClassParams,
} from 'ag-grid-community';
import {
  CellApiModule,
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  CustomEditorModule,
  EventApiModule,
  LargeTextEditorModule,
  LocaleModule,
  ModuleRegistry,
  PinnedRowModule,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  themeQuartz,
  TooltipModule,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fromTsv } from './clipboard';
import type { EditHandler } from './columns';
import { buildColumns, typedValue } from './columns';
import type { GridRow, HeadingRow } from './grid-rows';
import type { PasteEdit, PastePlan, PasteSaid } from './plan-paste';
import { pasteSaid, planPaste } from './plan-paste';
import { clearEdits, copyText, fillDownEdits, shownGrid } from './range-edits';
import type { TypingRefusal } from './typing-refusal';
import { useKeystrokeGuards } from './use-keystroke-guards';
import type { ColumnChoice } from '../views/arrange-columns';
import { arrangeColumns } from '../views/arrange-columns';
import type { GridView } from '../views/grid-views';
import { entryCell, tabFromCell } from './grid-tab';
import { sameRows } from './follow-focus';
import { arrowDirection, cellOf, extendSelection, samePosition } from './range-selection';
import type { Selection, SelectionBounds } from './selection';
import { inSelection, selectionBounds } from './selection';

// Only the grid features the workbench uses (a third of AG Grid's code): less to load before the first row.
ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  TextEditorModule,
  LargeTextEditorModule,
  SelectEditorModule,
  CustomEditorModule,
  CellStyleModule,
  RowStyleModule,
  TooltipModule,
  PinnedRowModule,
  LocaleModule,
  RenderApiModule,
  ScrollApiModule,
  RowApiModule,
  CellApiModule,
  ColumnApiModule,
  EventApiModule,
]);

const theme = themeQuartz.withParams({
  fontSize: 12,
  headerHeight: 32,
  spacing: 4,
  fontFamily: 'system-ui, "Segoe UI", Roboto, sans-serif',
});

// Tab on a column header leaves the grid too (arrows move between the headers and into the cells).
const leaveOnTab = () => false as const;
// Passed to the grid once and for all: new functions on every render would make it redraw its rows.
const rowId = (p: { data: GridRow }) => p.data.id;
const rowClass = (p: RowClassParams<GridRow>) =>
  p.data?.kind === 'heading'
    ? `row-heading depth-${p.data.depth}${p.data.empty ? ' empty' : ''}`
    : p.data?.kind === 'input'
      ? 'row-input'
      : undefined;

interface Props {
  rows: GridRow[];
  pinned: HeadingRow[];
  /** No document yet: the grid says it is loading. */
  loading?: boolean;
  /** Header of last year's column when the document's workbook holds two years, else null. */
  priorLabel: string | null;
  /** A document started from last year's: confirms a carried answer (a column of buttons). */
  onConfirm?: ((itemId: string) => void) | null | undefined;
  view: GridView;
  columnChoice: ColumnChoice;
  widths: Readonly<Record<string, number>>;
  compact: boolean;
  onEdit: EditHandler;
  /** Edits as one undoable action; `said` is what the notice says of it (a paste says what it skipped). */
  onPaste: (edits: PasteEdit[], said?: PasteSaid) => void;
  onPasteRejected: (plan: Exclude<PastePlan, { ok: true }>) => void;
  onUndo: () => void;
  onRedo: () => void;
  /** The user resized a column (remembered per document). */
  onColumnWidth: (colId: string, width: number) => void;
  /** Opens the evidence list of a question (F2, Enter or a double-click on its evidence cell). */
  onOpenEvidence: (rowId: string) => void;
  /** Says why a key typed on a cell changed nothing (a heading, a computed cell). */
  onSay: (said: TypingRefusal) => void;
  /** The row of the focused cell (history follows it). */
  onFocusRow: (rowId: string | null) => void;
  /** Row to scroll to and focus (found, chosen in "where to gain points", undone); `seq` repeats a jump. */
  focus: { id: string; seq: number; col?: string } | null;
}

/**
 * The indicators of the chosen node in an Excel-like grid on AG Grid Community: arrows, type to edit,
 * Enter moves down, Delete clears; range selection (Shift+arrows, Shift+click, drag), copy, paste,
 * Delete and fill-down (Ctrl+D) over a range are built here on the grid's cell API (they are Enterprise
 * features in AG Grid); a paste, a range cleared or filled is sent to the service as one undoable edit.
 */
export const IndicatorGrid = memo(function IndicatorGrid(props: Props) {
  const { t, i18n } = useTranslation();
  const api = useRef<GridApi<GridRow> | null>(null);
  const selection = useRef<Selection | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const container = useRef<HTMLDivElement>(null);
  const guards = useKeystrokeGuards(
    api,
    container,
    useCallback((said: TypingRefusal) => latest.current.onSay(said), []),
  );

  const onEdit = useCallback<EditHandler>((id, field, text) => latest.current.onEdit(id, field, text), []);
  const hasConfirm = Boolean(props.onConfirm);
  const onConfirm = useCallback((id: string) => latest.current.onConfirm?.(id), []);
  const base = useMemo(
    () => buildColumns(t, onEdit, props.priorLabel, hasConfirm ? onConfirm : null, i18n.language),
    // Column headers follow the language.
    [t, i18n.language, onEdit, props.priorLabel, hasConfirm, onConfirm],
  );
  const columns = useMemo(
    () => arrangeColumns(base, props.view, props.columnChoice, props.widths),
    [base, props.view, props.columnChoice, props.widths],
  );

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
    const touched = [...rowsOf(before), ...rowsOf(drawn.current), ...rowsOf(after)];
    drawn.current = after;
    if (!touched.length) return;
    const rowNodes = [];
    for (let r = Math.min(...touched); r <= Math.max(...touched); r++) {
      const node = grid.getDisplayedRowAtIndex(r);
      if (node) rowNodes.push(node);
    }
    grid.refreshCells({ rowNodes, force: true, suppressFlash: true });
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
    const same = sameRows(shownRows.current, props.rows);
    shownRows.current = props.rows;
    if (same) return;
    const before = selection.current;
    selection.current = null;
    redraw(before, null);
  }, [props.rows]);

  const onCellFocused = useCallback((event: CellFocusedEvent<GridRow>) => {
    if (event.rowIndex === null || event.rowPinned || !event.column || typeof event.column === 'string')
      return;
    const position = { row: event.rowIndex, col: event.column.getColId() };
    const before = selection.current;
    selection.current = { anchor: position, focus: position };
    redraw(before, selection.current);
    const row = api.current?.getDisplayedRowAtIndex(event.rowIndex)?.data;
    latest.current.onFocusRow(row ? row.id : null);
    guards.onCellFocused(event);
  }, []);

  const copySelection = useCallback((): string | null => {
    const grid = api.current;
    const b = bounds();
    return grid && b ? copyText(shownGrid(grid, latest.current.rows), b) : null;
  }, []);

  /** What is pasted lands in the cells it covers on screen; cells that cannot be filled are skipped, said. */
  const paste = useCallback((text: string) => {
    const grid = api.current;
    const b = bounds();
    const current = latest.current;
    if (!grid || !b) return;
    const plan = planPaste(fromTsv(text), shownGrid(grid, current.rows), b);
    if (!plan.ok) return current.onPasteRejected(plan);
    const header = (col: string) => grid.getColumn(col)?.getColDef().headerName ?? col;
    current.onPaste(
      plan.edits.map((e) => ({ ...e, text: typedText(e) })),
      pasteSaid(plan.edits.length, plan.skipped.cells, plan.skipped.columns.map(header)),
    );
  }, []);

  /** Pasted text read as typed text is (y → Ya, "Mei 2026" → 2026-05). */
  const typedText = (edit: PasteEdit): string | null => {
    const row = latest.current.rows.find((r) => r.id === edit.itemId);
    return edit.text === null || !row || row.kind === 'heading'
      ? edit.text
      : typedValue(t, row, edit.field, edit.text);
  };

  /** Delete over a range of more than one cell: every fillable cell in it is cleared, as one action. */
  const clearRange = (): boolean => {
    const b = bounds();
    const edits = b ? clearEdits(latest.current.rows, b) : null;
    if (!edits) return false;
    if (edits.length) latest.current.onPaste(edits);
    return true;
  };

  /** Ctrl+D: the range's first row copied into the rows under it, column by column, as one action. */
  const fillDown = () => {
    const b = bounds();
    const edits = b ? fillDownEdits(latest.current.rows, b) : [];
    if (edits.length) latest.current.onPaste(edits);
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
          latest.current.onOpenEvidence(row.id);
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
        latest.current.onUndo();
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault();
        latest.current.onRedo();
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
      const text = copySelection();
      if (text === null) return;
      event.clipboardData?.setData('text/plain', text);
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
  }, [copySelection, paste]);

  // A jump is made once, as soon as its row is in the grid (the rows may come a frame later); later
  // rows (an edit, ranked gains) must not pull the focus back to it.
  const jumped = useRef<number | null>(null);
  useEffect(() => {
    const grid = api.current;
    const focus = props.focus;
    if (!grid || !focus || jumped.current === focus.seq) return;
    const node = grid.getRowNode(focus.id);
    if (node?.rowIndex === null || node?.rowIndex === undefined) return;
    jumped.current = focus.seq;
    const col = focus.col && grid.getColumn(focus.col)?.isVisible() ? focus.col : 'answer';
    grid.ensureIndexVisible(node.rowIndex, 'middle');
    grid.ensureColumnVisible(col);
    grid.setFocusedCell(node.rowIndex, col);
  }, [props.focus, props.rows]);

  // Tab into the grid lands on a cell (the one focused last), not on the first of its column headers.
  const focusGridInnerElement = useCallback((params: FocusGridInnerElementParams<GridRow>) => {
    const grid = params.api;
    const target = entryCell(
      selection.current?.anchor ?? null,
      grid.getDisplayedRowCount(),
      grid.getAllDisplayedColumns().map((c) => c.getColId()),
    );
    if (!target) return false;
    grid.ensureIndexVisible(target.row);
    grid.ensureColumnVisible(target.col);
    grid.setFocusedCell(target.row, target.col);
    return true;
  }, []);

  const localeText = useMemo(() => ({ noRowsToShow: t('ui.empty') }), [t]);
  const onGridReady = useCallback((event: GridReadyEvent<GridRow>) => (api.current = event.api), []);
  const onCellDoubleClicked = useCallback((event: CellDoubleClickedEvent<GridRow>) => {
    if (event.column.getColId() === 'evidence' && event.data?.kind === 'indicator')
      latest.current.onOpenEvidence(event.data.id);
  }, []);
  const onColumnResized = useCallback((event: ColumnResizedEvent<GridRow>) => {
    if (!event.finished || event.source !== 'uiColumnResized') return;
    for (const column of event.columns ?? [])
      latest.current.onColumnWidth(column.getColId(), column.getActualWidth());
  }, []);

  const defaultColDef = useMemo(
    () => ({
      resizable: true,
      sortable: false,
      suppressMovable: true,
      cellClassRules: {
        'cell-selected': (p: CellClassParams<GridRow>) =>
          p.node.rowIndex !== null &&
          !p.node.rowPinned &&
          inSelection(bounds(), p.node.rowIndex, p.column.getColId()),
      },
    }),
    [],
  );

  return (
    <div
      className={props.compact ? 'grid compact' : 'grid'}
      ref={container}
      data-testid="indicator-grid"
      data-view={props.view}
    >
      <AgGridReact<GridRow>
        theme={theme}
        rowHeight={props.compact ? 26 : 36}
        rowData={props.rows}
        loading={props.loading ?? false}
        pinnedBottomRowData={props.pinned}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        getRowId={rowId}
        onGridReady={onGridReady}
        onCellFocused={onCellFocused}
        onRowDataUpdated={guards.onRowDataUpdated}
        onCellDoubleClicked={onCellDoubleClicked}
        onColumnResized={onColumnResized}
        animateRows={false}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus
        suppressCellFocus={false}
        focusGridInnerElement={focusGridInnerElement}
        tabToNextCell={tabFromCell}
        tabToNextHeader={leaveOnTab}
        popupParent={document.body}
        tooltipShowDelay={400}
        getRowClass={rowClass}
        overlayNoRowsTemplate={`<span>${t('ui.empty')}</span>`}
        localeText={localeText}
      />
    </div>
  );
});
