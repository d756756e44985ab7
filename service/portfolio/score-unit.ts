import type { UnitScores } from '../../shared/portfolio/unit-scores';
import { unitScores } from '../../shared/portfolio/unit-scores';
import { summarize } from '../../shared/scoring/summarize';
import { DocumentSession } from '../documents/document-session';
import type { WorkbookRule } from '../documents/workbook-rule';
import type { WorkbookEngine } from '../excel/workbook-engine';
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
  let rule: WorkbookRule | null = null;
  try {
    if (engine) rule = (await workbookRule()).adopt(session, engine);
    else if (session.db.files.sourceWorkbookInfo()) rule = await (await workbookRule()).open(session);
    if (rule) session.scores.leadWith(rule.scorer);
    const result = sessionScores(session, rule);
    storeScores(session.db, result);
    return result;
  } finally {
    rule?.destroy();
    session.close();
  }
}

/**
 * The scores to store of a document as its session scores it now (its workbook rule leading, if any):
 * for a document the window has open, at no cost beyond summing up.
 */
export function sessionScores(
  session: DocumentSession,
  rule: Pick<WorkbookRule, 'priorYear'> | null,
): UnitScores {
  const { scores } = session;
  const lead = summarize(scores.unit, { gains: 0 });
  const standard = scores.rule === 'workbook' ? summarize(scores.standard, { gains: 0 }) : lead;
  const reviewer = summarize(scores.reviewer, { gains: 0 });
  const revision = session.db.read(() => session.db.history.revision());
  return unitScores(
    revision,
    scores.rule,
    session.metadata.model ?? session.template.model,
    lead,
    standard,
    reviewer,
    // Last year: the LKE the document was started from (kept in it), else a two-year workbook's block.
    readLastYearTotals(session)?.total ?? rule?.priorYear()?.total ?? null,
  );
}
