import type { Problem } from '../../shared/problem';
import { ProblemError } from '../../shared/problem';
import type { DocumentDatabase } from './sqlite/document-database';

// The verdict on each open document's stored workbook, reached before anything reads that workbook.
const verdicts = new WeakMap<DocumentDatabase, Problem | null>();

/**
 * Checks the official workbook stored in a document (its zip, checksums and sizes, as on import) once,
 * when the document opens. A damaged one does not keep the document from opening: its answers are in
 * their own table. The workbook's own rule is then unavailable (readSourceWorkbook gives null, so scores
 * follow the template's rule and exports write a clean sheet), and the document view says so once.
 */
export async function checkSourceWorkbook(db: DocumentDatabase, file: string): Promise<void> {
  const source = db.files.sourceWorkbook();
  if (!source) {
    verdicts.set(db, null);
    return;
  }
  try {
    // Loaded only for documents that keep a workbook: opening any other needs no zip or XML reader.
    const { checkXlsxPackage } = await import('../excel/check-xlsx');
    await checkXlsxPackage(Buffer.from(source.bytes), source.fileName);
    verdicts.set(db, null);
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    verdicts.set(db, {
      code: 'document.sourceDamaged',
      params: { workbook: source.fileName },
      where: { file },
    });
  }
}

/** The problem of the document's stored workbook, or null when it is sound (or there is none). */
export function sourceWorkbookProblem(db: DocumentDatabase): Problem | null {
  return verdicts.get(db) ?? null;
}

/** What the user is told once on opening a document: a damaged stored workbook, read-only media. */
export function openingNotices(db: DocumentDatabase): Problem[] {
  const notices: Problem[] = [];
  const source = sourceWorkbookProblem(db);
  if (source) notices.push(source);
  if (db.readOnly) notices.push(...db.readOnly.problems);
  return notices;
}
