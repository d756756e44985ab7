import type { ScoringRule } from '../../shared/scoring/document-scores';
import { Scorer } from '../../shared/scoring/scorer';
import type { ScoreSummary } from '../../shared/scoring/summarize';
import { summarize } from '../../shared/scoring/summarize';
import type { UnansweredPolicy } from '../../shared/template/template-schema';
import { openDocuments } from './open-documents';
import type { LastYearTotals } from '../../shared/yearly/last-year';
import { readLastYearTotals } from '../yearly/yearly-state';

export interface DocumentScore {
  /** The rule the document leads with (as the window and the rekap show it). */
  rule: ScoringRule;
  /** The unit's scores by that rule. */
  summary: ScoreSummary;
  /** The other rule's scores, beside the leading one (null when the document has only the regulation's). */
  other: ScoreSummary | null;
  /** Last year's totals, when the document was started from last year's. */
  lastYear?: LastYearTotals | null;
}

/**
 * `rbw score DOC.rbw`: the document's scores by its leading rule — the workbook's own formulas for a
 * document imported from a workbook, else the regulation's — with the other rule beside them. An
 * `unanswered` policy applies to the regulation's rule (the workbook's formulas have their own); `rule`
 * 'standard' puts the regulation's rule first (a document without a workbook has no other).
 */
export async function scoreDocument(
  path: string,
  options: { unanswered?: UnansweredPolicy | undefined; gains: number; rule?: ScoringRule | undefined },
): Promise<DocumentScore> {
  const doc = await openDocuments.open(path);
  try {
    await doc.ready();
    const { scores, records, index } = doc.session;
    let standard = scores.standard;
    if (options.unanswered) {
      standard = new Scorer(index, { unanswered: options.unanswered });
      standard.setAnswers(
        [...records].filter(([id]) => index.answerables.has(id)).map(([id, r]) => [id, r.answer] as const),
      );
    }
    const lastYear = readLastYearTotals(doc.session);
    if (scores.rule === 'workbook' && options.rule === 'standard') {
      // Asked for the regulation's rule: it leads, the workbook's formulas beside it.
      return {
        rule: 'standard',
        summary: summarize(standard, { gains: options.gains }),
        other: summarize(scores.unit, { gains: 0 }),
        lastYear,
      };
    }
    if (scores.rule === 'workbook') {
      return {
        rule: 'workbook',
        summary: summarize(scores.unit, { gains: options.gains }),
        other: summarize(standard, { gains: 0 }),
        lastYear,
      };
    }
    return {
      rule: 'standard',
      summary: summarize(standard, { gains: options.gains }),
      other: null,
      lastYear,
    };
  } finally {
    openDocuments.close(doc.id);
  }
}
