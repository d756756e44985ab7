import { basename } from 'node:path';
import type { PriorYearSummary } from '../../shared/export/plan-rekap-sheet';
import { summarize } from '../../shared/scoring/summarize';
import { numberOf } from '../../shared/workbook/read/cell-result';
import { WorkbookLayoutSchema } from '../../shared/workbook/read/layout';
import { readSourceWorkbook } from '../documents/attachments';
import { DocumentSession } from '../documents/document-session';
import { openWorkbookEngine } from '../workbooks/import-workbook';

/**
 * Last year's scores for the rekap, from last year's document: its total and the value of every node
 * by id, headed by its year (or its file name when it has none). ProblemError when it cannot be opened.
 */
export async function loadPriorYear(path: string): Promise<PriorYearSummary> {
  const session = await DocumentSession.open(path);
  try {
    const summary = summarize(session.scores.unit);
    const values: Record<string, number> = {};
    for (const node of summary.nodes) if (node.value !== null) values[node.id] = node.value;
    const year = session.metadata.year;
    return { label: year === null ? basename(path) : String(year), total: summary.total, values };
  } finally {
    session.close();
  }
}

/**
 * Last year's block of the workbook a document was imported from, when it holds two years side by side
 * (documents do not store last year's answers themselves): the values its own formulas give.
 */
export async function priorYearOfSource(session: DocumentSession): Promise<PriorYearSummary | null> {
  const source = readSourceWorkbook(session);
  const layout = WorkbookLayoutSchema.safeParse(source?.layout);
  if (!source || !layout.success || !layout.data.columns.prior) return null;
  const block = layout.data.columns.prior;
  const engine = await openWorkbookEngine(source.bytes, layout.data);
  try {
    const values: Record<string, number> = {};
    for (const id of Object.keys(layout.data.rows)) {
      const value = numberOf(engine.nodeValue(id, 'prior'));
      if (value !== null) values[id] = value;
    }
    const total = numberOf(engine.priorTotal());
    return total === null
      ? null
      : { label: block.year === undefined ? block.label : String(block.year), total, values };
  } finally {
    engine.destroy();
  }
}
