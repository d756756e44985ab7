import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, desktopBridge } from './api/client';
import { FilterBar } from './components/FilterBar';
import type { DialogName } from './components/Header';
import { Header } from './components/Header';
import { NoticeBar } from './components/NoticeBar';
import { SummaryPanel } from './components/SummaryPanel';
import { TreePanel } from './components/TreePanel';
import { ExportDialog } from './dialogs/ExportDialog';
import type { ExportRequest } from './dialogs/ExportDialog';
import { FindingsDialog } from './dialogs/FindingsDialog';
import { HistoryDialog } from './dialogs/HistoryDialog';
import { downloadBase64 } from './dialogs/pick-path';
import { ImportDialog } from './dialogs/ImportDialog';
import type { ImportSource, MergeSource } from './dialogs/ImportDialog';
import type { Problem } from '../shared/problem';
import { NewDocumentDialog } from './dialogs/NewDocumentDialog';
import { OpenDialog } from './dialogs/OpenDialog';
import { SnapshotsDialog } from './dialogs/SnapshotsDialog';
import type { RowFilters } from './grid/grid-rows';
import { gridRows, NO_FILTERS, pinnedTotals } from './grid/grid-rows';
import { IndicatorGrid } from './grid/IndicatorGrid';
import { setLanguage } from './i18n';
import { useWorkbench } from './state/use-workbench';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbench screen: tree, grid and summary of the open document, with its dialogs. */
export function App() {
  const { t } = useTranslation();
  const wb = useWorkbench();
  const { doc } = wb;
  const [selected, setSelected] = useState('ROOT');
  const [filters, setFilters] = useState<RowFilters>(NO_FILTERS);
  const [dialog, setDialog] = useState<DialogName>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [snapshots, setSnapshots] = useState<{ id: number; name: string }[]>([]);
  const [snapshotId, setSnapshotId] = useState<number | null>(null);
  const [exported, setExported] = useState<{ path: string; notices: Problem[] } | null>(null);
  const documentId = doc?.view.documentId ?? null;

  useEffect(() => {
    if (!documentId) return;
    setSelected('ROOT');
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

  // Ctrl+Z / Ctrl+Y anywhere outside a text field act on the document (the grid handles its own).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey)) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) void wb.undo();
      else if (key === 'y' || (key === 'z' && event.shiftKey)) void wb.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [wb]);

  useEffect(() => {
    desktopBridge()?.onMenu((action) => {
      if (action.kind === 'new-from-template') setDialog('new');
      else if (action.kind === 'open') setDialog('open');
      else if (action.kind === 'import-excel') setDialog('import');
      else if (action.kind === 'export-excel') setDialog('export');
      else if (action.kind === 'open-path') void wb.open(action.path);
      else if (action.kind === 'undo') void wb.undo();
      else if (action.kind === 'redo') void wb.redo();
      else if (action.kind === 'language') setLanguage(action.language);
    });
    // The menu bridge is registered once for the window's lifetime.
  }, []);

  const pokjas = useMemo(
    () =>
      [
        ...new Set(
          [...(doc?.records.values() ?? [])].map((r) => r.pokja).filter((p): p is string => Boolean(p)),
        ),
      ].sort(),
    [doc],
  );
  const rows = useMemo(
    () =>
      doc
        ? gridRows(
            doc.index,
            selected,
            doc.records,
            doc.unit,
            doc.reviewer,
            filters,
            doc.priorYear?.items ?? null,
          )
        : [],
    [doc, selected, filters],
  );
  const pinned = useMemo(() => (doc ? pinnedTotals(doc.index, selected, doc.unit) : []), [doc, selected]);

  const closeDialog = () => {
    setDialog(null);
    setExported(null);
  };
  const createDocument = (templateId: string, path: string | null) =>
    void wb.withProgress('new', async () => {
      wb.showView(await call('app.newDocument', { templateId, ...(path ? { path } : {}) }));
      closeDialog();
    });
  const importWorkbook = (source: ImportSource) =>
    void wb.withProgress('import', async () => {
      wb.showView(await call('app.importWorkbook', source));
      closeDialog();
    });
  const exportDocument = (request: ExportRequest) =>
    void wb.withProgress('export', async () => {
      if (!documentId) return;
      const result = await call('app.export', {
        documentId,
        format: request.format,
        ...(request.pokja ? { pokja: request.pokja } : {}),
        ...(request.path ? { path: request.path } : {}),
      });
      if (result.contentBase64) downloadBase64(result.fileName, result.contentBase64, XLSX_TYPE);
      setExported({ path: result.path, notices: result.notices });
    });
  const mergePokja = (source: MergeSource) => {
    if (!documentId) return;
    void wb.merge(() => call('app.mergePokja', { documentId, ...source }));
    closeDialog();
  };

  return (
    <div className="app">
      <Header doc={doc} onDialog={setDialog} onUndo={() => void wb.undo()} onRedo={() => void wb.redo()} />
      {doc && (
        <FilterBar
          filters={filters}
          pokjas={pokjas}
          snapshots={snapshots}
          snapshotId={snapshotId}
          onChange={setFilters}
          onSnapshot={(id) => void chooseSnapshot(id)}
        />
      )}
      <NoticeBar notice={wb.notice} onDismiss={() => wb.setNotice(null)} />
      {doc ? (
        <main className="layout">
          <TreePanel summary={doc.unit} selected={selected} onSelect={setSelected} />
          <IndicatorGrid
            rows={rows}
            pinned={pinned}
            priorLabel={doc.priorYear ? doc.priorYear.label : null}
            onEdit={(id, field, text) => void wb.edit(id, field, text)}
            onPaste={(edits) => void wb.paste(edits)}
            onPasteRejected={(plan) =>
              wb.setNotice({
                kind: 'error',
                messageKey: `ui.pasteReasons.${plan.reason}`,
                params: { detail: plan.detail ?? '' },
              })
            }
            onUndo={() => void wb.undo()}
            onRedo={() => void wb.redo()}
            focusId={focusId}
          />
          <SummaryPanel
            unit={doc.unit}
            standard={doc.standard}
            reviewer={doc.reviewer}
            gainsStale={doc.gainsRevision !== doc.revision}
            priorYear={doc.priorYear ? { label: doc.priorYear.label, total: doc.priorYear.total } : null}
            onFindings={() => setDialog('findings')}
            onGainClick={(id) => {
              setSelected('ROOT');
              setFocusId(id);
            }}
          />
        </main>
      ) : (
        <main className="empty-state">{wb.busy ? t('ui.loading') : null}</main>
      )}
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
      {dialog === 'export' && documentId && (
        <ExportDialog
          documentId={documentId}
          pokjas={pokjas}
          exported={exported}
          onExport={exportDocument}
          onClose={closeDialog}
        />
      )}
      {dialog === 'snapshots' && documentId && (
        <SnapshotsDialog
          documentId={documentId}
          onRestore={(id) => {
            void wb.restoreSnapshot(id);
            closeDialog();
          }}
          onError={(e) => wb.setNotice({ kind: 'error', text: String(e) })}
          onClose={closeDialog}
        />
      )}
      {dialog === 'findings' && documentId && (
        <FindingsDialog
          documentId={documentId}
          onError={(e) => wb.setNotice({ kind: 'error', text: String(e) })}
          onShow={(id) => {
            closeDialog();
            setSelected(doc?.index.parent.get(id)?.id ?? 'ROOT');
            setFocusId(id);
          }}
          onClose={closeDialog}
        />
      )}
      {dialog === 'history' && documentId && (
        <HistoryDialog
          documentId={documentId}
          itemId={focusId}
          onError={(e) => wb.setNotice({ kind: 'error', text: String(e) })}
          onClose={closeDialog}
        />
      )}
    </div>
  );
}
