import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblems } from './api/client';
import { serverSession, signOut } from './api/server-session';
import { ServerDocuments } from './server/ServerDocuments';
import { StaleEditDialog } from './server/StaleEditDialog';
import type { DialogName } from './components/Header';
import { Header } from './components/Header';
import { NoticeBar } from './components/NoticeBar';
import { NoticeContext } from './components/notice-context';
import type { FindHit } from './find/search';
import { usePreferences } from './views/use-preferences';
import type { RowFilters } from './grid/grid-rows';
import type { GridRow } from './grid/grid-rows';
import { NO_FILTERS } from './grid/grid-rows';
import { setLanguage } from './i18n';
import { useWorkbench } from './state/use-workbench';
import type { DocumentView } from './state/workbench-state';
import { frameOf, sameFrame } from './state/workbench-state';
import { useDesktopMenu, usePrinting, useWindowKeys } from './state/use-window-keys';
import { useYearly } from './yearly/use-yearly';
import { AuthorDialog } from './welcome/AuthorDialog';
import { useAuthor } from './welcome/use-author';
import { WelcomeScreen } from './welcome/WelcomeScreen';
import { DialogHost } from './window/DialogHost';
import { LiveFindBar, LivePrintReport, LiveReplicaBar } from './window/live-parts';
import { Workspace } from './window/Workspace';
import { DocumentStoreContext, useLiveFrom } from './state/document-store';
import { dialogReducer, menuDialog, menuDialogOpen } from './window/dialog-state';
import { useDocumentActions } from './window/use-document-actions';
import { useGridActions } from './window/use-grid-actions';
import { useNotice } from './window/use-notice';
import { useSnapshots } from './window/use-snapshots';

/** The workbench screen: tree, grid and summary of the open document, with its dialogs. */
export function App() {
  const { t } = useTranslation();
  const wb = useWorkbench();
  // What the window needs of the document changes only with another document: an edit does not redraw it.
  const doc = useLiveFrom(wb.store, frameOf, sameFrame);
  // The welcome screen ("Beranda") stands in for the document; the user's name for history is asked once.
  const home = wb.home;
  // Served by an organisation's server: its documents stand in for the welcome screen.
  const onServer = serverSession() !== null;
  // The coordinator's views (portfolio, plan, template editor): on a server only for whom may coordinate.
  const coordinates = !onServer || ['admin', 'coordinator'].includes(serverSession()?.role ?? '');
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
  const [selected, setSelected] = useState('ROOT');
  const [filters, setFilters] = useState<RowFilters>(NO_FILTERS);
  const [dialog, dispatch] = useReducer(dialogReducer, null);
  const openDialog = useCallback((name: DialogName) => {
    if (name) dispatch({ type: 'open', dialog: menuDialog(name) });
  }, []);
  /** A jump to a row (find, gains, findings, undo); `seq` repeats a jump to the same row. */
  const [focus, setFocus] = useState<{ id: string; seq: number; col?: string } | null>(null);
  // The row of the grid's focus, read when the history opens (a move of the focus redraws nothing).
  const focusedRow = useRef<string | null>(null);
  const [finding, setFinding] = useState(false);
  const [printing, print] = usePrinting();
  const [prefs, setPrefs] = usePreferences(doc?.view.path ?? null);
  const documentId = doc?.view.documentId ?? null;
  // The yearly cycle: what is still "dari tahun lalu".
  const yearly = useYearly(documentId);
  useDocumentTitle(doc?.view.fileName, doc?.view.metadata);

  const rowsRef = useRef<GridRow[]>([]);
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
  const snapshots = useSnapshots(documentId, dialog, setFilters);

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

  const onFindJump = useCallback(
    (hit: FindHit) => goTo(hit.id, hit.field === 'title' || hit.field === 'code' ? 'answer' : hit.field),
    [goTo],
  );
  const noticeContext = useNotice(wb, doc?.index ?? null, t);
  const gridActions = useGridActions(wb, {
    focusRow: (id) => (focusedRow.current = id),
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
  const menuOpen = menuDialogOpen(dialog);

  return (
    <DocumentStoreContext.Provider value={wb.store}>
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
                {onServer && (
                  <button type="button" onClick={() => void signOut()} data-testid="header-sign-out">
                    {t('ui.server.signOut')}
                  </button>
                )}
                <span className="sep" />
                {coordinates && (
                  <>
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
                    <button
                      type="button"
                      onClick={() => dispatch({ type: 'open', dialog: { name: 'templates' } })}
                      data-testid="open-template-editor"
                    >
                      {t('ui.templateEditor.open')}
                    </button>
                  </>
                )}
              </>
            }
          />
          {doc && !home && <LiveReplicaBar sync={wb.syncReplica} />}
          <Workspace
            wb={wb}
            frame={doc}
            home={home}
            prefs={prefs}
            setPrefs={setPrefs}
            selected={selected}
            onSelect={setSelected}
            filters={filters}
            setFilters={setFilters}
            focus={focus}
            snapshots={snapshots}
            yearly={yearly}
            gridActions={gridActions}
            rowsRef={rowsRef}
            onFind={() => setFinding(true)}
            onPrint={print}
            onShortcuts={() => openDialog('shortcuts')}
            onFindings={() => openDialog('findings')}
            onGainClick={goTo}
            onOpenAnswerSet={actions.openAnswerSet}
          >
            {finding && doc && (
              <LiveFindBar index={doc.index} onJump={onFindJump} onClose={() => setFinding(false)} />
            )}
            {!menuOpen && <NoticeBar />}
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
                onAction={openDialog}
                onOpen={(path) => void wb.open(path)}
                onSample={actions.openSample}
                onBack={() => wb.setHome(false)}
                onChangeAuthor={author.change}
              />
            )}
          </Workspace>
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
            focusedRow={focusedRow.current}
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
          {printing && doc && <LivePrintReport />}
        </div>
      </NoticeContext.Provider>
    </DocumentStoreContext.Provider>
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
