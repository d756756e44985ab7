import type { OpenDocument } from '../documents/open-document';
import { openDocuments } from '../documents/open-documents';
import type { ImportedDocument } from './import-to-document';

const WORKBOOK_FILE = /\.(xlsx|xls|ods)$/i;

/** Opens what a user has: a document, or an official workbook imported into a new document first. */
export async function openAnyPath(path: string, author: string): Promise<OpenDocument> {
  if (!WORKBOOK_FILE.test(path)) return openDocuments.open(path);
  // exceljs and HyperFormula are loaded only when a workbook is opened.
  const { importToDocument } = await import('./import-to-document');
  return openImported(await importToDocument({ path }, { author, compareRules: false }));
}

/** Opens a document just imported, serving its workbook rule with the engine the import built. */
export async function openImported(imported: ImportedDocument): Promise<OpenDocument> {
  const { engine, layout } = imported.workbook;
  let doc: OpenDocument;
  try {
    doc = await openDocuments.open(imported.path);
  } catch (error) {
    engine.destroy();
    throw error;
  }
  doc.adopt(engine.withLayout(layout));
  return doc;
}
