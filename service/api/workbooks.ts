/**
 * What the `rbw` command line uses of the service's Excel side (exceljs, HyperFormula): loaded only by
 * the commands that read or write workbooks.
 */
import type { ExportOptions, ExportResult } from '../export/export-document';
import { exportDocument } from '../export/export-document';
import { openDocuments } from '../documents/open-documents';

export { importWorkbook } from '../workbooks/import-workbook';
export type { ImportedWorkbook } from '../workbooks/import-workbook';
export { WorkbookScorer } from '../workbooks/workbook-scorer';
export { loadPriorYear } from '../export/prior-year';
export { besideWorkbook, importToDocument } from '../workbench/import-to-document';

/** Exports an open document (see exportDocument), its leading rule's scores in the rekap. */
export async function exportOpenDocument(documentId: string, options: ExportOptions): Promise<ExportResult> {
  const doc = openDocuments.get(documentId);
  await doc.ready();
  return exportDocument(doc.session, options);
}
