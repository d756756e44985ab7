import type { APP_OPERATIONS } from '../../shared/api/app-operations';
import { createDocument } from '../documents/create-document';
import { join } from 'node:path';
import { dataDir } from '../app/data-dir';
import { exportForApp, mergeForApp } from '../app/export-for-app';
import { importToDocument } from '../app/import-to-document';
import { documentById } from '../documents/open-documents';
import { prepareExport } from '../export/export-document';
import { openAnyPath, openDocumentView, openImported } from '../app/open-any';
import { workbookFindings } from '../app/workbook-findings';
import { recentDocuments } from '../app/recent-documents';
import { startupPath } from '../app/startup';
import { uniquePath } from '../app/unique-path';
import { requireTemplate } from '../templates/require-template';
import type { Handlers } from './handlers';

type AppHandlers = Pick<Handlers, keyof typeof APP_OPERATIONS>;

/** The handlers of the application operations (shared/api/app-operations.ts). */
export const appHandlers: AppHandlers = {
  'app.startup': async (_input, { author }) => ({ path: await startupPath(author) }),
  'app.recent': async () => recentDocuments(),
  'app.openPath': async ({ path }, { author }) => openAnyPath(path, author),
  'app.importWorkbook': async (source, { author }) => {
    const imported = await importToDocument(
      'path' in source
        ? source
        : { fileName: source.fileName, bytes: Buffer.from(source.contentBase64, 'base64') },
      author,
      undefined,
      true,
    );
    return openImported(imported);
  },
  'app.newDocument': async ({ templateId, path }, { author }) => {
    const template = requireTemplate(templateId, { field: 'templateId' });
    const target =
      path ??
      uniquePath(
        join(dataDir(), 'documents'),
        `${template.id}-${new Date().toISOString().slice(0, 10)}`,
        '.rbw',
      );
    await createDocument(target, { template, author });
    return openDocumentView(target);
  },
  'app.findings': async ({ documentId }) => workbookFindings(documentById(documentId)),
  'app.prepareExport': async ({ documentId }) => {
    await prepareExport(documentById(documentId));
    return { ready: true };
  },
  'app.export': async ({ documentId, ...request }) => exportForApp(documentById(documentId), request),
  'app.mergePokja': async ({ documentId, ...source }, { author }) =>
    mergeForApp(documentById(documentId), source, author),
};
