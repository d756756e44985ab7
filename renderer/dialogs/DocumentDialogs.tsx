import type { ComponentProps } from 'react';
import type { DialogName } from '../components/Header';
import type { Workbench } from '../state/use-workbench';
import type { ShownDocument } from '../state/workbench-state';
import { FollowupDialog } from '../yearly/FollowupDialog';
import { MetadataDialog } from '../yearly/MetadataDialog';
import { FindingsDialog } from './FindingsDialog';
import { HistoryDialog } from './HistoryDialog';
import { SnapshotsDialog } from './SnapshotsDialog';
import { SurveyDialog } from './SurveyDialog';
import { call } from '../api/client';

interface Props {
  dialog: DialogName;
  doc: ShownDocument;
  wb: Workbench;
  /** The question the grid's focus is on: the history follows it. */
  focusedRow: string | null;
  /** Shows a question a finding names. */
  onShow: (id: string) => void;
  onSaveMetadata: ComponentProps<typeof MetadataDialog>['onSave'];
  onClose: () => void;
}

/** The dialogs about the open document: snapshots, findings, tindak lanjut, its details, history. */
export function DocumentDialogs({ dialog, doc, wb, focusedRow, onShow, onSaveMetadata, onClose }: Props) {
  const { documentId } = doc.view;
  const onError = (e: unknown) => wb.setNotice({ kind: 'error', text: String(e) });
  switch (dialog) {
    case 'snapshots':
      return (
        <SnapshotsDialog
          documentId={documentId}
          onRestore={(id) => {
            void wb.restoreSnapshot(id);
            onClose();
          }}
          onError={onError}
          onClose={onClose}
        />
      );
    case 'findings':
      return (
        <FindingsDialog
          documentId={documentId}
          onError={onError}
          onShow={(id) => {
            onClose();
            onShow(id);
          }}
          onClose={onClose}
        />
      );
    case 'followup':
      return (
        <FollowupDialog
          documentId={documentId}
          titleOf={(id) => doc.index.groups.get(id)?.title ?? doc.index.indicators.get(id)?.title}
          onError={onError}
          onClose={onClose}
        />
      );
    case 'metadata':
      return (
        <MetadataDialog
          metadata={doc.view.metadata}
          onSave={(metadata) => {
            onClose();
            onSaveMetadata(metadata);
          }}
          onClose={onClose}
        />
      );
    case 'history':
      return (
        <HistoryDialog
          documentId={documentId}
          itemId={focusedRow}
          index={doc.index}
          onError={onError}
          onClose={onClose}
        />
      );
    case 'survey':
      return (
        <SurveyDialog
          documentId={documentId}
          index={doc.index}
          onChanged={() => void call('documents.view', { documentId }).then(wb.showView, onError)}
          onApply={(itemId, answer) => wb.edit(itemId, 'answer', answer)}
          onError={onError}
          onClose={onClose}
        />
      );
    default:
      return null;
  }
}
