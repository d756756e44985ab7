import type { Finding } from '../../shared/workbook/findings/finding';
import { readSourceWorkbook } from '../documents/attachments';
import type { DocumentSession } from '../documents/document-session';
import { importWorkbookBytes } from '../workbooks/import-workbook';

export interface WorkbookFindings {
  fileName: string;
  findings: Finding[];
  totals: { workbook: number | null; standard: number };
}

/**
 * What `rbw inspect` says about the workbook a document was imported from: where its formulas differ
 * from the standard rule (with both formulas and the effect on the total) and what its answers held that
 * it cannot score as meant. Read again from the stored workbook on request; null for a document made
 * from a template.
 */
export async function workbookFindings(session: DocumentSession): Promise<WorkbookFindings | null> {
  const source = readSourceWorkbook(session);
  if (!source) return null;
  const imported = await importWorkbookBytes(source.bytes, source.fileName);
  imported.engine.destroy();
  return {
    fileName: source.fileName,
    findings: imported.findings,
    totals: { workbook: imported.totals.workbook, standard: imported.totals.standard },
  };
}
