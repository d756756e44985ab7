import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblems, call } from './api/client';
import { serverSession, signOut } from './api/server-session';
import { ServerDocuments } from './server/ServerDocuments';
import { StaleEditDialog } from './server/StaleEditDialog';
import { AssignPokja } from './assign/AssignPokja';
import { FilterBar } from './components/FilterBar';
import type { DialogName } from './components/Header';
import { Header } from './components/Header';
import { NoticeBar } from './components/NoticeBar';
import { NoticeContext } from './components/notice-context';
import { withQuestionTitles } from './components/notice-words';
import { Splitter } from './components/Splitter';
import { FindBar } from './find/FindBar';
import type { FindHit } from './find/search';
import { PrintReport } from './print/PrintReport';
import { DocumentDialogs } from './dialogs/DocumentDialogs';
import { ShortcutsDialog } from './dialogs/ShortcutsDialog';
import { EvidenceDialog } from './dialogs/EvidenceDialog';
import type { ColumnChoice } from './views/arrange-columns';
import { usePreferences } from './views/use-preferences';
import { ViewBar } from './views/ViewBar';
import { SummaryPanel } from './components/SummaryPanel';
import { TreePanel } from './components/TreePanel';
import { ExportDialog } from './dialogs/ExportDialog';
import type { ExportRequest } from './dialogs/ExportDialog';
import { downloadWorkbook } from './dialogs/pick-path';
import { ImportDialog } from './dialogs/ImportDialog';
import { MergeDialog } from './dialogs/MergeDialog';
import type { ImportSource, MergeSource } from './dialogs/ImportDialog';
import type { Problem } from '../shared/problem';
import type { RecordField } from '../shared/records/answer-record';
import type { PasteEdit, PastePlan, PasteSaid } from './grid/plan-paste';
import { NewDocumentDialog } from './dialogs/NewDocumentDialog';
import { OpenDialog } from './dialogs/OpenDialog';
import type { RowFilters } from './grid/grid-rows';
import type { GridRow } from './grid/grid-rows';
import { NO_FILTERS, pinnedTotals } from './grid/grid-rows';
import { monthOf } from './grid/row-filters';
import { useFilteredRows } from './grid/use-filtered-rows';
import { IndicatorGrid } from './grid/IndicatorGrid';
import { setLanguage } from './i18n';
import { useAfterPaint } from './state/use-after-paint';
import { useWorkbench } from './state/use-workbench';
import { useDesktopMenu, usePrinting, useWindowKeys } from './state/use-window-keys';
import { shownTotalError } from './state/workbench-state';
import type { StartRequest } from './yearly/NewFromLastYearDialog';
import { NewFromLastYearDialog } from './yearly/NewFromLastYearDialog';
import { StartReportDialog } from './yearly/StartReportDialog';
import { UnconfirmedFilter } from './yearly/UnconfirmedFilter';
import { useYearly } from './yearly/use-yearly';
import type { OperationOutput } from '../shared/api/contract';
import { PlannerPanel } from './views/PlannerPanel';
import { AuthorDialog } from './welcome/AuthorDialog';
import { useAuthor } from './welcome/use-author';
import { WelcomeScreen } from './welcome/WelcomeScreen';

// The portfolio and its charts (recharts) load when the coordinator first opens it, not with the LKE.
const PortfolioView = lazy(async () => ({ default: (await import('./views/PortfolioView')).PortfolioView }));

const NO_CHOICE: ColumnChoice = { hidden: [], shown: [] };
const INFO_SECONDS = 10;

/** The workbench screen: tree, grid and summary of the open document, with its dialogs. */
export function App() {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const { doc } = wb;
  // The welcome screen ("Beranda") stands in for the document; the user's name for history is asked once.
  const home = wb.home;
  // Served by an organisation's server: its documents stand in for the welcome screen.
  const onServer = serverSession() !== null;
  const reportError = useCallback(
    (e: unknown) =>
      e instanceof ApiProblems
        ? wb.setNotice({ kind: 'error', problems: e.problems })
        : wb.setNotice({ kind: 'error', text: String(e) }),
    [wb.setNotice],
  );
  const author = useAuthor(
    useCallback((e: unknown) => wb.setNotice({ kind: 'error', text: String(e) }), [wb.setNotice]),
  );
  // The total and the summary follow an edit at once; the grid, the tree and the chart in the frame after
  // (another document is shown whole at once).
  const shown = useAfterPaint(doc, (a, b) => a.view.documentId === b.view.documentId);
  const [selected, setSelected] = useState('ROOT');
  const [filters, setFilters] = useState<RowFilters>(NO_FILTERS);
  const [dialog, setDialog] = useState<DialogName>(null);
  /** A jump to a row (find, gains, findings, undo); `seq` repeats a jump to the same row. */
  const [focus, setFocus] = useState<{ id: string; seq: number; col?: string } | null>(null);
  const [focusedRow, setFocusedRow] = useState<string | null>(null);
  const [finding, setFinding] = useState(false);
  const [printing, print] = usePrinting();
  const [evidenceFor, setEvidenceFor] = useState<string | null>(null);
  const [prefs, setPrefs] = usePreferences(doc?.view.path ?? null);
  const view = prefs.view ?? 'pokja';
  const [snapshots, setSnapshots] = useState<{ id: number; name: string }[]>([]);
  const [snapshotId, setSnapshotId] = useState<number | null>(null);
  const [exported, setExported] = useState<{ path: string; notices: Problem[] } | null>(null);
  const [coordinator, setCoordinator] = useState<'portfolio' | 'planner' | null>(null);
  const documentId = doc?.view.documentId ?? null;
  // The yearly cycle: what is still "dari tahun lalu", the report of a start from last year.
  const yearly = useYearly(documentId, doc?.records ?? null);
  const [startReport, setStartReport] = useState<
    OperationOutput<'documents.startFromLastYear'>['report'] | null
  >(null);
  useEffect(() => {
    const meta = doc?.view.metadata;
    const about = [meta?.agency, meta?.unit, meta?.year].filter(Boolean).join(' · ');
    document.title = doc
      ? [doc.view.fileName, about, t('ui.appName')].filter(Boolean).join(' — ')
      : t('ui.appName');
  }, [doc?.view.fileName, doc?.view.metadata, t]);

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

  // Another document starts at its root; the snapshots are listed again after every dialog (one may
  // have made or restored one). Opening a dialog leaves the tree where it was.
  useEffect(() => {
    if (documentId) setSelected('ROOT');
  }, [documentId]);
  useEffect(() => {
    if (!documentId) return;
    void call('snapshots.list', { documentId }).then(setSnapshots, () => setSnapshots([]));
  }, [documentId, dialog]);

  const chooseSnapshot = useCallback(
    async (id: number | null) => {
      setSnapshotId(id);
      if (id === null || !documentId) return setFilters((f) => ({ ...f, changedSince: null }));
      const comparison = await call('snapshots.compare', { documentId, snapshotId: id });
      setFilters((f) => ({ ...f, changedSince: new Set(comparison.differences.map((d) => d.itemId)) }));
    },
    [documentId],
  );

  // A confirmation goes away by itself after a while; an error stays until it is resolved or dismissed.
  const notice = wb.notice;
  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = setTimeout(() => wb.setNotice((n) => (n === notice ? null : n)), INFO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [notice, wb.setNotice]);

  useWindowKeys({
    onDocument: Boolean(doc && !home),
    find: () => setFinding(true),
    print,
    shortcuts: () => setDialog('shortcuts'),
    undo: () => void wb.undo(),
    redo: () => void wb.redo(),
  });
  useDesktopMenu((action) => {
    if (action.kind === 'home') wb.setHome(true);
    else if (action.kind === 'new-from-template') setDialog('new');
    else if (action.kind === 'new-from-last-year') setDialog('newFromLastYear');
    else if (action.kind === 'open') setDialog('open');
    else if (action.kind === 'import-excel') setDialog('import');
    else if (action.kind === 'export-excel') setDialog('export');
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
  const onColumnWidth = useCallback(
    (colId: string, width: number) => setPrefs({ widths: { ...prefs.widths, [colId]: width } }),
    [prefs.widths, setPrefs],
  );
  const onFocusRow = useCallback((id: string | null) => setFocusedRow(id), []);
  const onFindJump = useCallback(
    (hit: FindHit) => goTo(hit.id, hit.field === 'title' || hit.field === 'code' ? 'answer' : hit.field),
    [goTo],
  );
  const index = doc?.index ?? null;
  const noticeContext = useMemo(
    () => ({
      notice: wb.notice,
      dismiss: () => wb.setNotice(null),
      describe: (line: string) =>
        withQuestionTitles(line, index, (field) => {
          const key = `ui.columns.${field}`;
          const label = t(key);
          return label === key ? null : label;
        }),
    }),
    [wb.notice, wb.setNotice, index, t],
  );
  const treeWidth = prefs.treeCollapsed ? 28 : prefs.treeWidth;
  const layoutColumns = `${treeWidth}px 5px minmax(0, 1fr) ${prefs.summaryCollapsed ? 28 : 292}px`;
  const onEdit = useCallback(
    (id: string, field: RecordField, text: string | null) => void wb.edit(id, field, text),
    [wb.edit],
  );
  const onPaste = useCallback(
    (edits: PasteEdit[], said?: PasteSaid) => void wb.paste(edits, said),
    [wb.paste],
  );
  const onPasteRejected = useCallback(
    (plan: Exclude<PastePlan, { ok: true }>) =>
      wb.setNotice({
        kind: 'error',
        messageKey: `ui.pasteReasons.${plan.reason}`,
        params: { detail: plan.detail ?? '' },
      }),
    [wb.setNotice],
  );
  const onSay = useCallback(
    (said: { messageKey: string; params: Record<string, string> }) =>
      wb.setNotice({ kind: 'error', ...said }),
    [wb.setNotice],
  );
  const onUndo = useCallback(() => void wb.undo(), [wb.undo]);
  const onRedo = useCallback(() => void wb.redo(), [wb.redo]);

  const closeDialog = () => {
    setDialog(null);
    setExported(null);
    // A message about the dialog's work goes with it; an error stays until something succeeds.
    if (wb.notice?.kind === 'info') wb.setNotice(null);
  };
  const createDocument = (templateId: string, path: string | null, metadata: StartRequest['metadata'] = {}) =>
    void wb.withProgress('new', async () => {
      wb.showView(await call('app.newDocument', { templateId, ...(path ? { path } : {}), metadata }));
      closeDialog();
    });
  const startFromLastYear = (request: StartRequest) =>
    void wb.withProgress('new', async () => {
      const started = await call('documents.startFromLastYear', request);
      wb.showView(started.view);
      setDialog(null);
      setStartReport(started.report);
    });
  const onConfirm = useCallback(
    (id: string) => void wb.withProgress('confirm', () => yearly.confirm([id])),
    [yearly.confirm, wb.withProgress],
  );
  const confirmShown = () => {
    const ids = rows.filter((r) => r.kind !== 'heading' && r.fromLastYear).map((r) => r.id);
    void wb.withProgress('confirm', async () => {
      const count = await yearly.confirm(ids);
      wb.setNotice({ kind: 'info', messageKey: 'ui.yearly.confirmed', params: { count } });
    });
  };
  const saveMetadata = (metadata: Parameters<typeof call<'documents.setMetadata'>>[1]['metadata']) =>
    void wb.withProgress('metadata', async () => {
      if (!documentId) return;
      await call('documents.setMetadata', { documentId, metadata });
      wb.showView(await call('documents.view', { documentId }));
    });
  const hasCarried = yearly.lastYear !== null;
  const importWorkbook = (source: ImportSource) =>
    void wb.withProgress('import', async () => {
      wb.showView(await call('app.importWorkbook', source));
      closeDialog();
    });
  const exportDocument = (request: ExportRequest) =>
    void wb.withProgress('export', async () => {
      if (!documentId) return;
      setExported(null);
      const result = await call('app.export', {
        documentId,
        format: request.format,
        ...(request.pokja ? { pokja: request.pokja } : {}),
        ...(request.path ? { path: request.path } : {}),
      });
      if (result.contentBase64) downloadWorkbook(result.fileName, result.contentBase64);
      setExported({ path: result.path, notices: result.notices });
      if (wb.notice?.kind === 'error') wb.setNotice(null);
    });
  // A pokja's file (or another copy of the document) is merged after a preview with a choice per conflict.
  const [mergeSource, setMergeSource] = useState<MergeSource | null>(null);
  const mergePokja = (source: MergeSource) => {
    closeDialog();
    setMergeSource(source);
  };

  return (
    <NoticeContext.Provider value={noticeContext}>
      <div className="app">
        <Header
          doc={home ? null : doc}
          onDialog={setDialog}
          onUndo={onUndo}
          onRedo={onRedo}
          onHome={() => wb.setHome(true)}
          extra={
            <>
              {onServer && (
                <button type="button" onClick={() => void signOut()} data-testid="header-sign-out">
                  {t('ui.server.signOut')}
                </button>
              )}
              <span className="sep" />
              <button type="button" onClick={() => setCoordinator('portfolio')} data-testid="open-portfolio">
                {t('ui.coordinator.portfolio')}
              </button>
              <button
                type="button"
                onClick={() => setCoordinator('planner')}
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
              onShortcuts={() => setDialog('shortcuts')}
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
        {!dialog && <NoticeBar />}
        {home && onServer && (
          <ServerDocuments onOpen={(id) => void wb.openOnServer(id)} onError={reportError} />
        )}
        {wb.stale && (
          <StaleEditDialog
            stale={wb.stale}
            onKeep={() => void wb.settleStale(false)}
            onTakeMine={() => void wb.settleStale(true)}
          />
        )}
        {home && !onServer && (
          <WelcomeScreen
            current={doc ? { fileName: doc.view.fileName } : null}
            author={author.settings}
            onAction={setDialog}
            onOpen={(path) => void wb.open(path)}
            onSample={() =>
              void wb.withProgress('open', async () => wb.showView(await call('app.openSample', {})))
            }
            onBack={() => wb.setHome(false)}
            onChangeAuthor={author.change}
          />
        )}
        {/* The grid is set up while the first document is on its way, so that its rows paint at once. */}
        <main
          className="layout"
          style={{ gridTemplateColumns: layoutColumns, ...(home ? { display: 'none' } : {}) }}
        >
          {doc && prefs.treeCollapsed ? (
            <button
              type="button"
              className="rail"
              onClick={() => setPrefs({ treeCollapsed: false })}
              aria-label={t('ui.panels.showTree')}
              title={t('ui.panels.showTree')}
              data-testid="tree-show"
            >
              »
            </button>
          ) : doc ? (
            <div className="tree-panel">
              <div className="panel-head">
                <span>{t('ui.tree')}</span>
                <AssignPokja
                  index={doc.index}
                  records={doc.records}
                  groupId={selected}
                  pokjas={pokjas}
                  onAssign={(edits, said) => void wb.paste(edits, said)}
                  onNothing={(said) => wb.setNotice({ kind: 'info', ...said })}
                />
                <button
                  type="button"
                  onClick={() => setPrefs({ treeCollapsed: true })}
                  aria-label={t('ui.panels.hideTree')}
                  title={t('ui.panels.hideTree')}
                  data-testid="tree-hide"
                >
                  «
                </button>
              </div>
              <TreePanel
                summary={(shown ?? doc).unit}
                reviewer={view === 'reviewer' ? (shown ?? doc).reviewer : null}
                selected={selected}
                onSelect={setSelected}
                prior={doc.priorYear?.items ?? null}
                surveyMarks={doc.view.surveyMarks}
              />
            </div>
          ) : (
            <nav className="tree" />
          )}
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
            onConfirm={hasCarried ? onConfirm : null}
            view={view}
            columnChoice={columnChoice}
            widths={prefs.widths}
            compact={prefs.compact}
            onEdit={onEdit}
            onPaste={onPaste}
            onPasteRejected={onPasteRejected}
            onSay={onSay}
            onUndo={onUndo}
            onRedo={onRedo}
            onColumnWidth={onColumnWidth}
            onFocusRow={onFocusRow}
            onOpenEvidence={setEvidenceFor}
            focus={focus}
          />
          {doc && prefs.summaryCollapsed ? (
            <button
              type="button"
              className="rail"
              onClick={() => setPrefs({ summaryCollapsed: false })}
              aria-label={t('ui.panels.showSummary')}
              title={t('ui.panels.showSummary')}
              data-testid="summary-show"
            >
              «
            </button>
          ) : doc ? (
            <SummaryPanel
              unit={doc.unit}
              chart={(shown ?? doc).unit}
              standard={doc.standard}
              reviewer={doc.reviewer}
              gainsStale={doc.gainsRevision !== doc.revision}
              priorYear={
                doc.priorYear
                  ? { label: doc.priorYear.label, total: doc.priorYear.total, items: doc.priorYear.items }
                  : null
              }
              onFindings={() => setDialog('findings')}
              onGainClick={(id) => goTo(id)}
              onCollapse={() => setPrefs({ summaryCollapsed: true })}
              answerSets={doc.view.answerSets}
              totalError={shownTotalError(doc)}
              onOpenAnswerSet={(sheet) =>
                void wb.withProgress('open', async () =>
                  wb.showView(await call('app.openAnswerSet', { documentId: doc.view.documentId, sheet })),
                )
              }
              builtinTemplate={
                doc.view.sourceWorkbook && doc.rule === 'standard' ? doc.view.template.title : null
              }
            />
          ) : null}
        </main>
        {wb.busy && (
          <div className="progress-overlay" role="status" data-testid="progress">
            {t('ui.working')}
          </div>
        )}
        {dialog === 'open' && (
          <OpenDialog
            onOpen={(path) => {
              closeDialog();
              void wb.open(path);
            }}
            onClose={closeDialog}
          />
        )}
        {dialog === 'new' && <NewDocumentDialog onCreate={createDocument} onClose={closeDialog} />}
        {dialog === 'import' && (
          <ImportDialog onImport={importWorkbook} onMerge={doc ? mergePokja : null} onClose={closeDialog} />
        )}
        {mergeSource && documentId && (
          <MergeDialog
            documentId={documentId}
            source={mergeSource}
            onApply={(choices, allowBlank) => {
              const source = mergeSource;
              setMergeSource(null);
              void wb.merge(() =>
                call('app.merge', { documentId, ...source, choices, ...(allowBlank ? { allowBlank } : {}) }),
              );
            }}
            onError={(e) => wb.setNotice({ kind: 'error', text: String(e) })}
            onClose={() => setMergeSource(null)}
          />
        )}
        {dialog === 'export' && documentId && (
          <ExportDialog
            documentId={documentId}
            pokjas={pokjas}
            exported={exported}
            onExport={exportDocument}
            onClose={closeDialog}
          />
        )}
        {dialog === 'newFromLastYear' && (
          <NewFromLastYearDialog onStart={startFromLastYear} onClose={closeDialog} />
        )}
        {startReport && <StartReportDialog report={startReport} onClose={() => setStartReport(null)} />}
        {coordinator === 'portfolio' && (
          <Suspense fallback={null}>
            <PortfolioView
              onOpen={(path) => {
                setCoordinator(null);
                void wb.open(path);
              }}
              onClose={() => setCoordinator(null)}
            />
          </Suspense>
        )}
        {coordinator === 'planner' && documentId && (
          <PlannerPanel
            documentId={documentId}
            pokjas={pokjas}
            onApply={(edits) => {
              setCoordinator(null);
              void wb.paste(edits, { messageKey: 'ui.numbers.planApplied', params: { count: edits.length } });
            }}
            onClose={() => setCoordinator(null)}
          />
        )}
        {doc && (
          <DocumentDialogs
            dialog={dialog}
            doc={doc}
            wb={wb}
            focusedRow={focusedRow}
            onShow={(id) => {
              setSelected(doc.index.parent.get(id)?.id ?? 'ROOT');
              setFocus((before) => ({ id, seq: (before?.seq ?? 0) + 1 }));
            }}
            onSaveMetadata={saveMetadata}
            onClose={closeDialog}
          />
        )}
        {dialog === 'shortcuts' && <ShortcutsDialog onClose={closeDialog} />}
        {author.asking && !dialog && (
          <AuthorDialog
            settings={author.settings}
            first={author.asking === 'first'}
            onSave={(name) => void author.save(name)}
            onClose={author.cancel}
          />
        )}
        {evidenceFor && doc && documentId && (
          <EvidenceDialog
            documentId={documentId}
            itemId={evidenceFor}
            title={doc.index.indicators.get(evidenceFor)?.title ?? ''}
            evidence={doc.records.get(evidenceFor)?.evidence ?? []}
            onSave={(evidence) => {
              void wb.setEvidence(evidenceFor, evidence);
              setEvidenceFor(null);
            }}
            onAttach={(file) => wb.attach(evidenceFor, file)}
            onError={(e) => wb.setNotice({ kind: 'error', text: String(e) })}
            onClose={() => setEvidenceFor(null)}
          />
        )}
        {printing && doc && <PrintReport doc={doc} />}
      </div>
    </NoticeContext.Provider>
  );
}
