import type { UnitScores } from '../../shared/portfolio/unit-scores';
import { unitScores } from '../../shared/portfolio/unit-scores';
import { categoryOf } from '../../shared/scoring/category';
import { summarize } from '../../shared/scoring/summarize';
import { DocumentSession } from '../documents/document-session';
import type { WorkbookRule } from '../documents/workbook-rule';
import type { WorkbookEngine } from '../workbooks/workbook-engine';
import { readLastYearTotals } from '../yearly/yearly-state';
import { storeScores } from './stored-scores';

// The workbook rule (exceljs, HyperFormula) is loaded only for documents imported from a workbook.
const workbookRule = async () => (await import('../documents/workbook-rule')).WorkbookRule;

/**
 * Scores a document by both rules (and the reviewer's) and stores the scores in it. A document of its
 * own, not the registry's: a document the window has open stays open. `engine`: an import's live
 * engine to adopt instead of building the workbook again.
 */
export async function scoreAndStore(path: string, engine?: WorkbookEngine): Promise<UnitScores> {
  const session = await DocumentSession.open(path);
  let rule: Awaited<ReturnType<Awaited<ReturnType<typeof workbookRule>>['open']>> = null;
  try {
    if (engine) rule = (await workbookRule()).adopt(session, engine);
    else if (session.store.read((db) => db.files.sourceWorkbookInfo()))
      rule = await (await workbookRule()).open(session);
    if (rule) session.scores.leadWith(rule.scorer);
    const result = sessionScores(session, rule);
    storeScores(session.store, result);
    return result;
  } finally {
    rule?.destroy();
    session.close();
  }
}

/**
 * The scores a listing shows of a session as it is now: both rules (the session's leading one first) and
 * the reviewer's, every node, at the current revision. `rule`: the workbook's own formulas, when the
 * document was imported from a workbook that computes scores (last year's total of a two-year workbook's
 * block, used when the document was not started from last year's LKE; the error its total shows).
 */
export function sessionScores(
  session: DocumentSession,
  rule: Pick<WorkbookRule, 'priorYear' | 'totalError' | 'headline'> | null | undefined,
): UnitScores {
  const workbookPriorTotal = rule?.priorYear()?.total ?? null;
  const { scores } = session;
  const sheet = summarize(scores.unit, { gains: 0 });
  // A workbook of several answer sheets is listed by its headline (the summary's Indeks RB), not by the
  // sheet its document edits.
  const headline = rule?.headline()?.value ?? null;
  const lead =
    headline === null
      ? sheet
      : { ...sheet, total: headline, category: categoryOf(headline, session.template.categories) };
  // The workbook's own total when it has one; else what the official workbook would show: Excel's
  // AVERAGE of a sub-area with no answer is #DIV/0!, which spoils the total.
  const totalError = rule
    ? rule.totalError()
    : lead.unanswered !== 'zero' && lead.emptySubAreas.length > 0
      ? '#DIV/0!'
      : null;
  const standard = scores.rule === 'workbook' ? summarize(scores.standard, { gains: 0 }) : lead;
  const reviewer = summarize(scores.reviewer, { gains: 0 });
  const revision = session.revision();
  return unitScores(
    revision,
    scores.rule,
    session.metadata.model ?? session.template.model,
    lead,
    standard,
    reviewer,
    // Last year: the LKE the document was started from (kept in it), else a two-year workbook's block.
    readLastYearTotals(session)?.total ?? workbookPriorTotal,
    totalError,
  );
}
