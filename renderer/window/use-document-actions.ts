import type { Dispatch } from 'react';
import type { OperationInput } from '../../shared/api/contract';
import { call } from '../api/client';
import type { ExportRequest } from '../dialogs/ExportDialog';
import type { ImportSource, MergeSource } from '../dialogs/ImportDialog';
import { downloadWorkbook } from '../dialogs/pick-path';
import type { Workbench } from '../state/use-workbench';
import type { StartRequest } from '../yearly/NewFromLastYearDialog';
import type { DialogAction } from './dialog-state';

type MergeChoices = NonNullable<OperationInput<'app.merge'>['choices']>;
type Metadata = Parameters<typeof call<'documents.setMetadata'>>[1]['metadata'];

/**
 * What the dialogs do with documents: make one (from a template, from last year's), import a workbook,
 * export, merge a pokja's file, save the document's details, open the sample or another answer sheet.
 * Each runs with the progress overlay; a failure is the notice's to say.
 */
export function useDocumentActions(
  wb: Workbench,
  documentId: string | null,
  dispatch: Dispatch<DialogAction>,
  closeDialog: () => void,
) {
  const showView = wb.showView;
  return {
    create: (templateId: string, path: string | null, metadata: StartRequest['metadata'] = {}) =>
      void wb.withProgress('new', async () => {
        showView(await call('app.newDocument', { templateId, ...(path ? { path } : {}), metadata }));
        closeDialog();
      }),
    startFromLastYear: (request: StartRequest) =>
      void wb.withProgress('new', async () => {
        const started = await call('documents.startFromLastYear', request);
        showView(started.view);
        dispatch({ type: 'open', dialog: { name: 'startReport', report: started.report } });
      }),
    saveMetadata: (metadata: Metadata) =>
      void wb.withProgress('metadata', async () => {
        if (!documentId) return;
        await call('documents.setMetadata', { documentId, metadata });
        showView(await call('documents.view', { documentId }));
      }),
    importWorkbook: (source: ImportSource) =>
      void wb.withProgress('import', async () => {
        showView(await call('app.importWorkbook', source));
        closeDialog();
      }),
    exportDocument: (request: ExportRequest) =>
      void wb.withProgress('export', async () => {
        if (!documentId) return;
        dispatch({ type: 'exported', exported: null });
        const result = await call('app.export', {
          documentId,
          format: request.format,
          ...(request.pokja ? { pokja: request.pokja } : {}),
          ...(request.path ? { path: request.path } : {}),
        });
        if (result.contentBase64) downloadWorkbook(result.fileName, result.contentBase64);
        dispatch({ type: 'exported', exported: { path: result.path, notices: result.notices } });
        if (wb.notice?.kind === 'error') wb.setNotice(null);
      }),
    /** A pokja's file (or another copy of the document) is merged after a preview with a choice per conflict. */
    previewMerge: (source: MergeSource) => {
      closeDialog();
      dispatch({ type: 'open', dialog: { name: 'merge', source } });
    },
    applyMerge: (source: MergeSource, choices: MergeChoices, allowBlank: boolean) => {
      if (!documentId) return;
      dispatch({ type: 'close' });
      void wb.merge(() =>
        call('app.merge', { documentId, ...source, choices, ...(allowBlank ? { allowBlank } : {}) }),
      );
    },
    openSample: () => void wb.withProgress('open', async () => showView(await call('app.openSample', {}))),
    openAnswerSet: (sheet: string) =>
      void wb.withProgress('open', async () => {
        if (documentId) showView(await call('app.openAnswerSet', { documentId, sheet }));
      }),
  };
}

export type DocumentActions = ReturnType<typeof useDocumentActions>;
