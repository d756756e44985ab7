import type {
  CellClassParams,
  CellFocusedEvent,
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
import type { RecordField } from '../../shared/records/answer-record';
import { fromTsv, toTsv } from './clipboard';
import type { EditHandler } from './columns';
import { buildColumns, EDITABLE_FIELDS } from './columns';
import type { GridRow, HeadingRow } from './grid-rows';
import type { PasteEdit, PastePlan } from './plan-paste';
import { planPaste } from './plan-paste';
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
  rowHeight: 34,
  headerHeight: 32,
  spacing: 4,
  fontFamily: 'system-ui, "Segoe UI", Roboto, sans-serif',
});

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
  onEdit: EditHandler;
  onPaste: (edits: PasteEdit[]) => void;
  onPasteRejected: (plan: Exclude<PastePlan, { ok: true }>) => void;
  onUndo: () => void;
  onRedo: () => void;
  /** Row to scroll to and focus (e.g. chosen in "where to gain points"). */
  focusId: string | null;
}

/**
 * The indicators of the chosen node in an Excel-like grid on AG Grid Community: arrows, type to edit,
 * Enter moves down, Delete clears; range selection, copy and paste are built here (they are Enterprise
 * features in AG Grid), and a paste is sent to the service as one undoable edit.
 */
export const IndicatorGrid = memo(function IndicatorGrid(props: Props) {
  const { t, i18n } = useTranslation();
  const api = useRef<GridApi<GridRow> | null>(null);
  const selection = useRef<Selection | null>(null);
  const shiftHeld = useRef(false);
  const latest = useRef(props);
  latest.current = props;

  const onEdit = useCallback<EditHandler>((id, field, text) => latest.current.onEdit(id, field, text), []);
  const hasConfirm = Boolean(props.onConfirm);
  const onConfirm = useCallback((id: string) => latest.current.onConfirm?.(id), []);
  const columns = useMemo(
    () => buildColumns(t, onEdit, props.priorLabel, hasConfirm ? onConfirm : null),
    // Column headers follow the language.

    [t, i18n.language, onEdit, props.priorLabel, hasConfirm, onConfirm],
  );

  const columnOrder = (): string[] => api.current?.getAllDisplayedColumns().map((c) => c.getColId()) ?? [];
  /**
   * The selected range, kept in step with the grid's focused cell: the grid does not report focus on a
   * cell it already had focused before the rows changed, so a remembered range may be stale.
   */
  const bounds = (): SelectionBounds | null => {
    const focused = api.current?.getFocusedCell();
    if (focused && !focused.rowPinned) {
      const position = { row: focused.rowIndex, col: focused.column.getColId() };
      const current = selection.current;
      if (!current || current.focus.row !== position.row || current.focus.col !== position.col) {
        selection.current = { anchor: position, focus: position };
      }
    }
    return selection.current ? selectionBounds(selection.current, columnOrder()) : null;
  };

  // New rows (another node of the tree, a filter) make the old range meaningless.
  useEffect(() => {
    selection.current = null;
  }, [props.rows]);

  const onCellFocused = useCallback((event: CellFocusedEvent<GridRow>) => {
    if (event.rowIndex === null || event.rowPinned || !event.column || typeof event.column === 'string')
      return;
    const position = { row: event.rowIndex, col: event.column.getColId() };
    const before = selection.current;
    selection.current =
      shiftHeld.current && selection.current
        ? { anchor: selection.current.anchor, focus: position }
        : { anchor: position, focus: position };
    // Only the rows of the old and the new range change their highlight.
    const grid = api.current;
    if (!grid) return;
    const rowsOf = (s: Selection | null) => (s ? [s.anchor.row, s.focus.row] : []);
    const touched = [...rowsOf(before), ...rowsOf(selection.current)];
    const rowNodes = [];
    for (let r = Math.min(...touched); r <= Math.max(...touched); r++) {
      const node = grid.getDisplayedRowAtIndex(r);
      if (node) rowNodes.push(node);
    }
    grid.refreshCells({ rowNodes, force: true, suppressFlash: true });
  }, []);

  const copySelection = useCallback((): string | null => {
    const grid = api.current;
    const b = bounds();
    if (!grid || !b) return null;
    const lines: string[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const node = grid.getDisplayedRowAtIndex(r);
      if (!node?.data || node.data.kind === 'heading') continue;
      lines.push(
        b.columns.map((col) =>
          String(grid.getCellValue({ rowNode: node, colKey: col, useFormatter: true }) ?? ''),
        ),
      );
    }
    return toTsv(lines);
  }, []);

  const paste = useCallback((text: string) => {
    const b = bounds();
    const current = latest.current;
    if (!b) return;
    const field = b.columns.find((c): c is RecordField => (EDITABLE_FIELDS as readonly string[]).includes(c));
    if (!field) return current.onPasteRejected({ ok: false, reason: 'noTarget' });
    const selectedRows = current.rows.slice(b.top, b.bottom + 1).filter((r) => r.kind !== 'heading').length;
    const plan = planPaste(fromTsv(text), current.rows, { row: b.top, field }, EDITABLE_FIELDS, {
      rows: Math.max(1, selectedRows),
      fields: Math.max(1, b.columns.filter((c) => (EDITABLE_FIELDS as readonly string[]).includes(c)).length),
    });
    if (plan.ok) current.onPaste(plan.edits);
    else current.onPasteRejected(plan);
  }, []);

  // Clipboard and undo keys act on the grid only while no cell editor is open.
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const editing = () => (api.current?.getEditingCells().length ?? 0) > 0;
    const onKey = (event: KeyboardEvent) => {
      shiftHeld.current = event.shiftKey;
      if (editing() || !(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        latest.current.onUndo();
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault();
        latest.current.onRedo();
      }
    };
    const onKeyUp = (event: KeyboardEvent) => (shiftHeld.current = event.shiftKey);
    const onMouse = (event: MouseEvent) => (shiftHeld.current = event.shiftKey);
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
    element.addEventListener('keyup', onKeyUp, true);
    element.addEventListener('mousedown', onMouse, true);
    element.addEventListener('copy', onCopy);
    element.addEventListener('paste', onPasteEvent);
    return () => {
      element.removeEventListener('keydown', onKey, true);
      element.removeEventListener('keyup', onKeyUp, true);
      element.removeEventListener('mousedown', onMouse, true);
      element.removeEventListener('copy', onCopy);
      element.removeEventListener('paste', onPasteEvent);
    };
  }, [copySelection, paste]);

  useEffect(() => {
    const grid = api.current;
    if (!grid || !props.focusId) return;
    const node = grid.getRowNode(props.focusId);
    if (node?.rowIndex === null || node?.rowIndex === undefined) return;
    grid.ensureIndexVisible(node.rowIndex, 'middle');
    grid.setFocusedCell(node.rowIndex, 'answer');
  }, [props.focusId, props.rows]);

  const localeText = useMemo(() => ({ noRowsToShow: t('ui.empty') }), [t]);
  const onGridReady = useCallback((event: GridReadyEvent<GridRow>) => (api.current = event.api), []);

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
    <div className="grid" ref={container} data-testid="indicator-grid">
      <AgGridReact<GridRow>
        theme={theme}
        rowData={props.rows}
        loading={props.loading ?? false}
        pinnedBottomRowData={props.pinned}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        getRowId={rowId}
        onGridReady={onGridReady}
        onCellFocused={onCellFocused}
        animateRows={false}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus
        suppressCellFocus={false}
        tooltipShowDelay={400}
        getRowClass={rowClass}
        overlayNoRowsTemplate={`<span>${t('ui.empty')}</span>`}
        localeText={localeText}
      />
    </div>
  );
});
