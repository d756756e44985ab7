import type {
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
import { buildColumns } from './columns';
import type { EditHandler } from './columns';
import type { GridActions } from './grid-actions';
import type { GridRow, HeadingRow } from './grid-rows';
import type { TypingRefusal } from './typing-refusal';
import { useEnterHold } from './use-enter-hold';
import { useKeystrokeGuards } from './use-keystroke-guards';
import { useRangeSelection } from './use-range-selection';
import type { ColumnChoice } from '../views/arrange-columns';
import { arrangeColumns } from '../views/arrange-columns';
import type { GridView } from '../views/grid-views';
import { entryCell, tabFromCell } from './grid-tab';
import { sendEditedCell } from './send-edited-cell';

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
  /** A document started from last year's: a column of buttons confirms a carried answer. */
  confirmable: boolean;
  view: GridView;
  columnChoice: ColumnChoice;
  widths: Readonly<Record<string, number>>;
  compact: boolean;
  /** What the grid asks of the window (edits, pastes, undo, messages…), one object for the grid's life. */
  actions: GridActions;
  /** Row to scroll to and focus (found, chosen in "where to gain points", undone); `seq` repeats a jump. */
  focus: { id: string; seq: number; col?: string } | null;
  /** The grid's first rows are rendered (once). */
  onFirstRows?: () => void;
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
  const latest = useRef(props);
  latest.current = props;
  const container = useRef<HTMLDivElement>(null);
  const guards = useKeystrokeGuards(
    api,
    container,
    useCallback((said: TypingRefusal) => latest.current.actions.say(said), []),
  );
  const range = useRangeSelection(api, container, props.rows, props.actions, t);

  // The last edit sent and its answer shown: Enter's hold waits for it (see useEnterHold).
  const lastSent = useRef<Promise<void> | null>(null);
  const onEdit = useCallback<EditHandler>(
    (id, field, text) => void (lastSent.current = latest.current.actions.edit(id, field, text)),
    [],
  );
  const sendEditing = useCallback((grid: GridApi<GridRow>) => {
    lastSent.current = null;
    sendEditedCell(grid);
    return lastSent.current;
  }, []);
  useEnterHold(api, container, sendEditing);
  const onConfirm = useCallback((id: string) => latest.current.actions.confirm(id), []);
  const base = useMemo(
    () => buildColumns(t, onEdit, props.priorLabel, props.confirmable ? onConfirm : null, i18n.language),
    // Column headers follow the language.
    [t, i18n.language, onEdit, props.priorLabel, props.confirmable, onConfirm],
  );
  const columns = useMemo(
    () => arrangeColumns(base, props.view, props.columnChoice, props.widths),
    [base, props.view, props.columnChoice, props.widths],
  );

  const onCellFocused = useCallback((event: CellFocusedEvent<GridRow>) => {
    range.onCellFocused(event);
    if (event.rowIndex === null || event.rowPinned || !event.column || typeof event.column === 'string')
      return;
    const row = api.current?.getDisplayedRowAtIndex(event.rowIndex)?.data;
    latest.current.actions.focusRow(row ? row.id : null);
    guards.onCellFocused(event);
  }, []);

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
  // The grid's own focused cell first: it is current at once, where its focus events come a task later.
  const focusGridInnerElement = useCallback((params: FocusGridInnerElementParams<GridRow>) => {
    const grid = params.api;
    const last = grid.getFocusedCell();
    const target = entryCell(
      last && !last.rowPinned
        ? { row: last.rowIndex, col: last.column.getColId() }
        : (range.selection.current?.anchor ?? null),
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
      latest.current.actions.openEvidence(event.data.id);
  }, []);
  const onColumnResized = useCallback((event: ColumnResizedEvent<GridRow>) => {
    if (!event.finished || event.source !== 'uiColumnResized') return;
    for (const column of event.columns ?? [])
      latest.current.actions.columnWidth(column.getColId(), column.getActualWidth());
  }, []);

  const defaultColDef = useMemo(
    () => ({
      resizable: true,
      sortable: false,
      suppressMovable: true,
      cellClassRules: range.cellClassRules,
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
        onFirstDataRendered={props.onFirstRows}
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
