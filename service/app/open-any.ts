import { resolve } from 'node:path';
import type { DocumentView } from '../documents/document-view';
import { documentView } from '../documents/document-view';
import { documentById, openDocument } from '../documents/open-documents';
import type { ImportedDocument } from './import-to-document';
import { importToDocument } from './import-to-document';
import { adoptWorkbookRule } from './workbook-rule';
import { rememberDocument } from './recent-documents';

/** Documents this process has open, by file, so that opening one twice shows the same session. */
const openByPath = new Map<string, string>();

/** Opens a document once per process and remembers it among the recent documents. */
export async function openDocumentView(path: string): Promise<DocumentView> {
  const absolute = resolve(path);
  const known = openByPath.get(absolute);
  if (known) {
    try {
      return documentView(known, documentById(known));
    } catch {
      openByPath.delete(absolute);
    }
  }
  const { documentId, session } = await openDocument(absolute);
  openByPath.set(absolute, documentId);
  rememberDocument(absolute, new Date());
  return documentView(documentId, session);
}

const WORKBOOK_FILE = /\.(xlsx|xls|ods)$/i;

/** Opens what a user has: a document, or an official workbook imported into a new document first. */
export async function openAnyPath(path: string, author: string): Promise<DocumentView> {
  if (!WORKBOOK_FILE.test(path)) return openDocumentView(path);
  return openImported(await importToDocument({ path }, author, undefined, true));
}

/** Opens a document just imported, serving its workbook rule with the engine the import built. */
export async function openImported(imported: ImportedDocument): Promise<DocumentView> {
  const { engine, layout } = imported.workbook;
  try {
    const view = await openDocumentView(imported.path);
    adoptWorkbookRule(view.documentId, documentById(view.documentId), engine.withLayout(layout));
    return view;
  } catch (error) {
    engine.destroy();
    throw error;
  }
}
