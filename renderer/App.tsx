import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from './components/FilterBar';
import type { DialogName } from './components/Header';
import { Header } from './components/Header';
import { NoticeBar } from './components/NoticeBar';
import { NoticeContext } from './components/notice-context';
import { Splitter } from './components/Splitter';
import { FindBar } from './find/FindBar';
import type { FindHit } from './find/search';
import { PrintReport } from './print/PrintReport';
import type { ColumnChoice } from './views/arrange-columns';
import { usePreferences } from './views/use-preferences';
import { ViewBar } from './views/ViewBar';
import type { RowFilters } from './grid/grid-rows';
import type { GridRow } from './grid/grid-rows';
import { NO_FILTERS, pinnedTotals } from './grid/grid-rows';
import { monthOf } from './grid/row-filters';
import { useFilteredRows } from './grid/use-filtered-rows';
import { IndicatorGrid } from './grid/IndicatorGrid';
import { setLanguage } from './i18n';
import { useAfterPaint } from './state/use-after-paint';
import { useWorkbench } from './state/use-workbench';
import type { DocumentView } from './state/workbench-state';
import { useDesktopMenu, usePrinting, useWindowKeys } from './state/use-window-keys';
import { UnconfirmedFilter } from './yearly/UnconfirmedFilter';
import { useYearly } from './yearly/use-yearly';
import { AuthorDialog } from './welcome/AuthorDialog';
import { useAuthor } from './welcome/use-author';
import { WelcomeScreen } from './welcome/WelcomeScreen';
import { DialogHost } from './window/DialogHost';
import { dialogReducer, menuDialog, menuDialogOpen } from './window/dialog-state';
import { SummaryColumn } from './window/SummaryColumn';
import { TreeColumn } from './window/TreeColumn';
import { useDocumentActions } from './window/use-document-actions';
import { useGridActions } from './window/use-grid-actions';
import { useNotice } from './window/use-notice';
import { useSnapshots } from './window/use-snapshots';

const NO_CHOICE: ColumnChoice = { hidden: [], shown: [] };

/** The workbench screen: tree, grid and summary of the open document, with its dialogs. */
export function App() {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const { doc } = wb;
  // The welcome screen ("Beranda") stands in for the document; the user's name for history is asked once.
  const home = wb.home;
  const author = useAuthor(
    useCallback((e: unknown) => wb.setNotice({ kind: 'error', text: String(e) }), [wb.setNotice]),
  );
  // The total and the summary follow an edit at once; the grid, the tree and the chart in the frame after
  // (another document is shown whole at once).
  const shown = useAfterPaint(doc, (a, b) => a.view.documentId === b.view.documentId);
  const [selected, setSelected] = useState('ROOT');
  const [filters, setFilters] = useState<RowFilters>(NO_FILTERS);
  const [dialog, dispatch] = useReducer(dialogReducer, null);
  const openDialog = useCallback((name: DialogName) => {
    if (name) dispatch({ type: 'open', dialog: menuDialog(name) });
  }, []);
  /** A jump to a row (find, gains, findings, undo); `seq` repeats a jump to the same row. */
  const [focus, setFocus] = useState<{ id: string; seq: number; col?: string } | null>(null);
  const [focusedRow, setFocusedRow] = useState<string | null>(null);
  const [finding, setFinding] = useState(false);
  const [printing, print] = usePrinting();
  const [prefs, setPrefs] = usePreferences(doc?.view.path ?? null);
  const view = prefs.view ?? 'pokja';
  const documentId = doc?.view.documentId ?? null;
  // The yearly cycle: what is still "dari tahun lalu".
  const yearly = useYearly(documentId, doc?.records ?? null);
  useDocumentTitle(doc?.view.fileName, doc?.view.metadata);

  /** Shows a question: in the rows shown when it is there, else under the whole LKE, with no filter hiding it. */
  const goTo = useCallback(
    (id: string, col?: string) => {
      const index = doc?.index;
      if (!index) return;
      const row = index.answerables.get(id);
      const target = row?.kind === 'input' ? row.indicator.id : id;
      const shownNow = rowsRef.current.some((r) => r.id === target);
      if (!shownNow) {
        setSelected('ROOT');
        setFilters(NO_FILTERS);
      }
      setFocus((before) => ({ id: target, seq: (before?.seq ?? 0) + 1, ...(col ? { col } : {}) }));
    },
    [doc?.index],
  );
  const jump = wb.jump;
  useEffect(() => {
    if (jump) goTo(jump.id);
    // Only a new jump moves the screen (goTo changes with the document, which every edit replaces).
  }, [jump]);

  // Another document starts at its root. Opening a dialog leaves the tree where it was.
  useEffect(() => {
    if (documentId) setSelected('ROOT');
  }, [documentId]);
  const { snapshots, snapshotId, chooseSnapshot } = useSnapshots(documentId, dialog, setFilters);

  useWindowKeys({
    onDocument: Boolean(doc && !home),
    find: () => setFinding(true),
    print,
    shortcuts: () => openDialog('shortcuts'),
    undo: () => void wb.undo(),
    redo: () => void wb.redo(),
  });
  useDesktopMenu((action) => {
    if (action.kind === 'home') wb.setHome(true);
    else if (action.kind === 'new-from-template') openDialog('new');
    else if (action.kind === 'new-from-last-year') openDialog('newFromLastYear');
    else if (action.kind === 'open') openDialog('open');
    else if (action.kind === 'import-excel') openDialog('import');
    else if (action.kind === 'export-excel') openDialog('export');
    else if (action.kind === 'open-path') void wb.open(action.path);
    else if (action.kind === 'undo') void wb.undo();
    else if (action.kind === 'redo') void wb.redo();
    else if (action.kind === 'language') setLanguage(action.language);
  });

  const month = monthOf(new Date());
  const { rows, counts, pokjas, months, reviewed } = useFilteredRows(
    shown,
    selected,
    filters,
    yearly.unconfirmed,
    month,
  );
  const rowsRef = useRef<GridRow[]>(rows);
  rowsRef.current = rows;
  const pinned = useMemo(
    () => (shown ? pinnedTotals(shown.index, selected, shown.unit, shown.reviewer) : []),
    [shown, selected],
  );
  const columnChoice = prefs.columns[view] ?? NO_CHOICE;
  const onFindJump = useCallback(
    (hit: FindHit) => goTo(hit.id, hit.field === 'title' || hit.field === 'code' ? 'answer' : hit.field),
    [goTo],
  );
  const noticeContext = useNotice(wb, doc?.index ?? null, t);
  const treeWidth = prefs.treeCollapsed ? 28 : prefs.treeWidth;
  const layoutColumns = `${treeWidth}px 5px minmax(0, 1fr) ${prefs.summaryCollapsed ? 28 : 292}px`;
  const gridActions = useGridActions(wb, {
    focusRow: setFocusedRow,
    openEvidence: (itemId) => dispatch({ type: 'open', dialog: { name: 'evidence', itemId } }),
    confirm: (id) => void wb.withProgress('confirm', () => yearly.confirm([id])),
    columnWidth: (colId, width) => setPrefs({ widths: { ...prefs.widths, [colId]: width } }),
  });

  /** Closes a dialog of the menus: a message about its work goes with it; an error stays until something succeeds. */
  const closeDialog = () => {
    dispatch({ type: 'close' });
    if (wb.notice?.kind === 'info') wb.setNotice(null);
  };
  const actions = useDocumentActions(wb, documentId, dispatch, closeDialog);
  const confirmShown = () => {
    const ids = rows.filter((r) => r.kind !== 'heading' && r.fromLastYear).map((r) => r.id);
    void wb.withProgress('confirm', async () => {
      const count = await yearly.confirm(ids);
      wb.setNotice({ kind: 'info', messageKey: 'ui.yearly.confirmed', params: { count } });
    });
  };
  const hasCarried = yearly.lastYear !== null;
  const menuOpen = menuDialogOpen(dialog);

  return (
    <NoticeContext.Provider value={noticeContext}>
      <div className="app">
        <Header
          doc={home ? null : doc}
          onDialog={openDialog}
          onUndo={gridActions.undo}
          onRedo={gridActions.redo}
          onHome={() => wb.setHome(true)}
          extra={
            <>
              <span className="sep" />
              <button
                type="button"
                onClick={() => dispatch({ type: 'open', dialog: { name: 'portfolio' } })}
                data-testid="open-portfolio"
              >
                {t('ui.coordinator.portfolio')}
              </button>
              <button
                type="button"
                onClick={() => dispatch({ type: 'open', dialog: { name: 'planner' } })}
                disabled={!doc}
                data-testid="open-planner"
              >
                {t('ui.coordinator.planner')}
              </button>
            </>
          }
        />
        {doc && !home && (
          <div className="toolbar-row">
            <ViewBar
              prefs={prefs}
              reviewer={doc.reviewer}
              hasPrior={Boolean(doc.priorYear)}
              onChange={setPrefs}
              onFind={() => setFinding(true)}
              onPrint={print}
              onShortcuts={() => openDialog('shortcuts')}
            />
            <FilterBar
              filters={filters}
              counts={counts}
              pokjas={pokjas}
              months={months}
              month={month}
              reviewed={reviewed}
              snapshots={snapshots}
              snapshotId={snapshotId}
              onChange={setFilters}
              onSnapshot={(id) => void chooseSnapshot(id)}
            >
              {hasCarried && (
                <UnconfirmedFilter
                  count={counts?.unconfirmed ?? yearly.unconfirmed.size}
                  checked={Boolean(filters.unconfirmed)}
                  onChange={(checked) => setFilters((f) => ({ ...f, unconfirmed: checked }))}
                  onConfirmShown={confirmShown}
                />
              )}
            </FilterBar>
          </div>
        )}
        {finding && doc && (
          <FindBar
            index={doc.index}
            records={doc.records}
            onJump={onFindJump}
            onClose={() => setFinding(false)}
          />
        )}
        {!menuOpen && <NoticeBar />}
        {home && (
          <WelcomeScreen
            current={doc ? { fileName: doc.view.fileName } : null}
            author={author.settings}
            onAction={openDialog}
            onOpen={(path) => void wb.open(path)}
            onSample={actions.openSample}
            onBack={() => wb.setHome(false)}
            onChangeAuthor={author.change}
          />
        )}
        {/* The grid is set up while the first document is on its way, so that its rows paint at once. */}
        <main
          className="layout"
          style={{ gridTemplateColumns: layoutColumns, ...(home ? { display: 'none' } : {}) }}
        >
          <TreeColumn
            wb={wb}
            doc={doc}
            shown={shown}
            view={view}
            collapsed={prefs.treeCollapsed}
            onCollapse={(treeCollapsed) => setPrefs({ treeCollapsed })}
            selected={selected}
            onSelect={setSelected}
            pokjas={pokjas}
          />
          <Splitter
            width={prefs.treeWidth}
            disabled={prefs.treeCollapsed}
            label={t('ui.panels.treeWidth')}
            onWidth={(w) => setPrefs({ treeWidth: w })}
          />
          <IndicatorGrid
            rows={rows}
            pinned={pinned}
            loading={!doc && !wb.notice}
            priorLabel={doc?.priorYear ? doc.priorYear.label : null}
            confirmable={hasCarried}
            view={view}
            columnChoice={columnChoice}
            widths={prefs.widths}
            compact={prefs.compact}
            actions={gridActions}
            focus={focus}
          />
          <SummaryColumn
            doc={doc}
            shown={shown}
            collapsed={prefs.summaryCollapsed}
            onCollapse={(summaryCollapsed) => setPrefs({ summaryCollapsed })}
            onFindings={() => openDialog('findings')}
            onGainClick={goTo}
            onOpenAnswerSet={actions.openAnswerSet}
          />
        </main>
        {wb.busy && (
          <div className="progress-overlay" role="status" data-testid="progress">
            {t('ui.working')}
          </div>
        )}
        <DialogHost
          state={dialog}
          dispatch={dispatch}
          closeDialog={closeDialog}
          wb={wb}
          actions={actions}
          pokjas={pokjas}
          focusedRow={focusedRow}
          onShow={(id) => {
            setSelected(doc?.index.parent.get(id)?.id ?? 'ROOT');
            setFocus((before) => ({ id, seq: (before?.seq ?? 0) + 1 }));
          }}
        />
        {author.asking && !menuOpen && (
          <AuthorDialog
            settings={author.settings}
            first={author.asking === 'first'}
            onSave={(name) => void author.save(name)}
            onClose={author.cancel}
          />
        )}
        {printing && doc && <PrintReport doc={doc} />}
      </div>
    </NoticeContext.Provider>
  );
}

/** The window's title names the document and its agency, unit and year. */
function useDocumentTitle(fileName: string | undefined, metadata: DocumentView['metadata'] | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    const about = [metadata?.agency, metadata?.unit, metadata?.year].filter(Boolean).join(' · ');
    document.title = fileName
      ? [fileName, about, t('ui.appName')].filter(Boolean).join(' — ')
      : t('ui.appName');
  }, [fileName, metadata, t]);
}
