import { basename } from 'node:path';
import type { PriorYearSummary } from '../../shared/export/plan-rekap-sheet';
import { summarize } from '../../shared/scoring/summarize';
import { DocumentSession } from '../documents/document-session';

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
