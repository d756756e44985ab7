import type { Problem } from '../../shared/problem';
import { ProblemError } from '../../shared/problem';
import type { DocumentStore } from './storage/document-store';

/**
 * Checks the official workbook stored in a document (its zip, checksums and sizes, as on import) once,
 * when the document opens; the session keeps the verdict. A damaged one does not keep the document from
 * opening: its answers are in their own table. The workbook's own rule is then unavailable
 * (readSourceWorkbook gives null, so scores follow the template's rule and exports write a clean sheet),
 * and the document view says so once. Null when the workbook is sound or there is none.
 */
export async function checkSourceWorkbook(store: DocumentStore, file: string): Promise<Problem | null> {
  const source = store.read((db) => db.files.sourceWorkbook());
  if (!source) return null;
  try {
    // Loaded only for documents that keep a workbook: opening any other needs no zip or XML reader.
    const { checkXlsxPackage } = await import('../workbooks/check-xlsx');
    await checkXlsxPackage(Buffer.from(source.bytes), source.fileName);
    return null;
  } catch (error) {
    if (!(error instanceof ProblemError)) throw error;
    return { code: 'document.sourceDamaged', params: { workbook: source.fileName }, where: { file } };
  }
}

/** What the user is told once on opening a document: a damaged stored workbook, read-only media. */
export function openingNotices(sourceProblem: Problem | null, store: DocumentStore): Problem[] {
  const notices: Problem[] = [];
  if (sourceProblem) notices.push(sourceProblem);
  if (store.readOnly) notices.push(...store.readOnly.problems);
  return notices;
}
