import type { APP_OPERATIONS } from '../../shared/api/app-operations';
import type { OperationOutput } from '../../shared/api/contract';
import { allTemplates, templateForNewDocument } from '../templates/template-store';
import { createDocument } from '../documents/create-document';
import { openDocuments } from '../documents/open-documents';
import { dataDir } from '../workbench/data-dir';
import { listFiles } from '../workbench/list-files';
import { openAnyPath, openImported } from '../workbench/open-any';
import { readAppSettings, saveAuthor } from '../workbench/app-settings';
import { recentList } from '../workbench/recent-list';
import { samplePath } from '../workbench/sample-document';
import { startupPath } from '../workbench/startup';
import { uniquePath } from '../workbench/unique-path';
import { onDocument, remembered, showing } from './behaviours';
import type { CallContext, Handlers } from './handlers';
import { basename, extname, join } from 'node:path';
import { ProblemError } from '../../shared/problem';
import { readSourceWorkbook } from '../documents/attachments';

type AppHandlers = Pick<Handlers, 'templates.list' | keyof typeof APP_OPERATIONS>;

/** Opens a file the user gave (at start, the last one, the sample): shown and remembered. */
const openGiven = showing(
  remembered(async ({ path }: { path: string }, { author }) => openAnyPath(path, author)),
);

/** Who history names for the window's changes, and whether the window asked for the name already. */
function authorSettings(context: CallContext): OperationOutput<'app.settings'> {
  const settings = readAppSettings();
  const fallback = context.fallbackAuthor ?? context.author;
  return {
    author: settings.author ?? fallback,
    fallback,
    named: settings.author !== null,
    // A name given in the environment (RBW_AUTHOR) is a name: the window does not ask at start.
    asked: settings.authorAsked || Boolean(process.env.RBW_AUTHOR?.trim()),
  };
}

// Excel import and export (exceljs, HyperFormula) are loaded when first asked for, not at start.
const workbooks = () => import('../workbench/import-to-document');
const exports = () => import('../workbench/export-for-app');

/** The handlers of the application operations (shared/api/app-operations.ts). */
export const appHandlers: AppHandlers = {
  'templates.list': async () =>
    allTemplates().map(({ template: t }) => ({ id: t.id, title: t.title, version: t.version, year: t.year })),
  'app.startup': async (_input, context) => {
    const path = startupPath();
    return path === null ? null : openGiven({ path }, context);
  },
  'app.recent': async ({ scores }) => recentList({ scores: scores ?? false }),
  'app.openSample': async (_input, context) => openGiven({ path: await samplePath(context.author) }, context),
  'app.settings': async (_input, context) => authorSettings(context),
  'app.setAuthor': async ({ name }, context) => {
    saveAuthor(name);
    return authorSettings(context);
  },
  'app.files': async (_input, { files }) => ({
    folders: files.roots().map((path) => ({ path, ...listFiles(path) })),
  }),
  'app.openPath': showing(
    remembered(async ({ path }, { author, files }) => openAnyPath(files.allow(path, 'open'), author)),
  ),
  'app.importWorkbook': showing(
    remembered(async (source, { author, files }) => {
      const { importToDocument } = await workbooks();
      const imported = await importToDocument(
        'path' in source
          ? { path: files.allow(source.path, 'read') }
          : { fileName: source.fileName, bytes: Buffer.from(source.contentBase64, 'base64') },
        { author, compareRules: false },
      );
      return openImported(imported);
    }),
  ),
  'app.openAnswerSet': showing(
    remembered(async ({ documentId, sheet }, { author }) => {
      const doc = openDocuments.get(documentId);
      const source = readSourceWorkbook(doc.session);
      if (!source) {
        throw new ProblemError([
          {
            code: 'workbook.noAnswerSheet',
            params: { sheet, sheets: '' },
            where: { file: doc.session.fileName },
          },
        ]);
      }
      const { importToDocument } = await workbooks();
      const name = basename(source.fileName, extname(source.fileName));
      const imported = await importToDocument(
        { fileName: source.fileName, bytes: source.bytes },
        {
          author,
          compareRules: false,
          sheet,
          // In the workbench's folder, as every import from the window.
          out: uniquePath(join(dataDir(), 'documents'), `${name} - ${sheet.trim()}`, '.rbw'),
        },
      );
      return openImported(imported);
    }),
  ),
  'app.newDocument': showing(
    remembered(async ({ templateId, path, metadata }, { author, files }) => {
      const { template, sourceWorkbook } = templateForNewDocument(templateId);
      const target = path
        ? files.allow(path, 'create')
        : uniquePath(
            join(dataDir(), 'documents'),
            `${template.id}-${new Date().toISOString().slice(0, 10)}`,
            '.rbw',
          );
      // Last year's document is named only through documents.setMetadata / startFromLastYear.
      const { priorYearDocument: _named, ...about } = metadata ?? {};
      await createDocument(target, { template, author, metadata: about, sourceWorkbook });
      return openDocuments.open(target);
    }),
  ),
  'app.findings': onDocument(async (doc) => {
    const { workbookFindings } = await import('../workbench/workbook-findings');
    return workbookFindings(doc.session);
  }),
  'app.prepareExport': onDocument(async (doc) => {
    await (await exports()).prepareExport(doc.session);
    return { ready: true };
  }),
  'app.export': onDocument(async (doc, { format, pokja, path }, { files }) =>
    (await exports()).exportForApp(doc.session, {
      format,
      pokja,
      path: path === undefined ? undefined : files.allow(path, 'export'),
    }),
  ),
};
