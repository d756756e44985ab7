import { lazy, Suspense } from 'react';
import type { Dispatch } from 'react';
import { CloneDialog } from '../dialogs/CloneDialog';
import { DocumentDialogs } from '../dialogs/DocumentDialogs';
import { EvidenceDialog } from '../dialogs/EvidenceDialog';
import { ExportDialog } from '../dialogs/ExportDialog';
import { ImportDialog } from '../dialogs/ImportDialog';
import { MergeDialog } from '../dialogs/MergeDialog';
import { NewDocumentDialog } from '../dialogs/NewDocumentDialog';
import { OpenDialog } from '../dialogs/OpenDialog';
import { ShortcutsDialog } from '../dialogs/ShortcutsDialog';
import { pokjasOf } from '../grid/use-filtered-rows';
import { useLiveDocument } from '../state/document-store';
import type { Workbench } from '../state/use-workbench';
import { PlannerPanel } from '../views/PlannerPanel';
import { NewFromLastYearDialog } from '../yearly/NewFromLastYearDialog';
import { StartReportDialog } from '../yearly/StartReportDialog';
import type { DialogAction, DialogState } from './dialog-state';
import type { DocumentActions } from './use-document-actions';

// The portfolio and its charts (recharts) load when the coordinator first opens it, not with the LKE.
const PortfolioView = lazy(async () => ({ default: (await import('../views/PortfolioView')).PortfolioView }));
// The template editor (issue 26) loads when the coordinator first opens it.
const TemplateEditor = lazy(async () => ({
  default: (await import('../templates/TemplateEditor')).TemplateEditor,
}));

interface Props {
  state: DialogState;
  dispatch: Dispatch<DialogAction>;
  /** Closes a dialog of the menus (a message about its work goes with it). */
  closeDialog: () => void;
  wb: Workbench;
  actions: DocumentActions;
  /** The question the grid's focus is on: the history follows it. */
  focusedRow: string | null;
  /** Shows a question a finding names. */
  onShow: (id: string) => void;
}

/** The one dialog open over the workbench, as the dialog state says, with what it needs. */
export function DialogHost({ state, dispatch, closeDialog, wb, actions, focusedRow, onShow }: Props) {
  // The document as it is now, read only while a dialog is open (no dialog: an edit redraws nothing here).
  const doc = useLiveDocument((d) => (state ? d : null));
  const documentId = doc?.view.documentId ?? null;
  if (!state) return null;
  const dismiss = () => dispatch({ type: 'close' });
  const onError = (e: unknown) => wb.setNotice({ kind: 'error', text: String(e) });
  const pokjas = pokjasOf(doc?.records);
  switch (state.name) {
    case 'open':
      return (
        <OpenDialog
          onOpen={(path) => {
            closeDialog();
            void wb.open(path);
          }}
          onClose={closeDialog}
        />
      );
    case 'new':
      return <NewDocumentDialog onCreate={actions.create} onClose={closeDialog} />;
    case 'import':
      return (
        <ImportDialog
          onImport={actions.importWorkbook}
          onMerge={doc ? actions.previewMerge : null}
          onClose={closeDialog}
        />
      );
    case 'merge':
      return documentId ? (
        <MergeDialog
          documentId={documentId}
          source={state.source}
          onApply={(choices, allowBlank) => actions.applyMerge(state.source, choices, allowBlank)}
          onError={onError}
          onClose={dismiss}
        />
      ) : null;
    case 'export':
      return documentId ? (
        <ExportDialog
          documentId={documentId}
          pokjas={pokjas}
          exported={state.exported}
          onExport={actions.exportDocument}
          onClose={closeDialog}
        />
      ) : null;
    case 'newFromLastYear':
      return <NewFromLastYearDialog onStart={actions.startFromLastYear} onClose={closeDialog} />;
    case 'startReport':
      return <StartReportDialog report={state.report} onClose={dismiss} />;
    case 'portfolio':
      return (
        <Suspense fallback={null}>
          <PortfolioView
            onOpen={(path) => {
              dismiss();
              void wb.open(path);
            }}
            onClose={dismiss}
          />
        </Suspense>
      );
    case 'templates':
      return (
        <Suspense fallback={null}>
          <TemplateEditor onClose={dismiss} />
        </Suspense>
      );
    case 'planner':
      return documentId ? (
        <PlannerPanel
          documentId={documentId}
          pokjas={pokjas}
          onApply={(edits) => {
            dismiss();
            void wb.paste(edits, { messageKey: 'ui.numbers.planApplied', params: { count: edits.length } });
          }}
          onClose={dismiss}
        />
      ) : null;
    case 'shortcuts':
      return <ShortcutsDialog onClose={closeDialog} />;
    case 'clone':
      return (
        <CloneDialog
          onCloned={(view) => {
            closeDialog();
            wb.showView(view);
          }}
          onClose={closeDialog}
        />
      );
    case 'evidence': {
      const itemId = state.itemId;
      return doc && documentId ? (
        <EvidenceDialog
          documentId={documentId}
          itemId={itemId}
          title={doc.index.indicators.get(itemId)?.title ?? ''}
          evidence={doc.records.get(itemId)?.evidence ?? []}
          onSave={(evidence) => {
            void wb.setEvidence(itemId, evidence);
            dismiss();
          }}
          onAttach={(file) => wb.attach(itemId, file)}
          onError={onError}
          onClose={dismiss}
        />
      ) : null;
    }
    default:
      return doc ? (
        <DocumentDialogs
          dialog={state.name}
          doc={doc}
          wb={wb}
          focusedRow={focusedRow}
          onShow={onShow}
          onSaveMetadata={actions.saveMetadata}
          onClose={closeDialog}
        />
      ) : null;
  }
}
