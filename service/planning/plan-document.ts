import type { PlanResult } from '../../shared/planning/make-plan';
import { makePlan } from '../../shared/planning/make-plan';
import type { PlanTarget, Reading } from '../../shared/planning/plan-target';
import { parseTarget } from '../../shared/planning/plan-target';
import type { ScoringRule } from '../../shared/scoring/document-scores';
import { ProblemError } from '../../shared/problem';
import type { OpenDocument } from '../documents/open-document';
import { openDocuments } from '../documents/open-documents';
import { lpSolver } from './highs-solver';

export interface PlanRequest {
  /** As typed: `71`, `71,5`, `+10`, a category (`B`) or a predicate (`wbk`, `wbbm`). */
  target: string;
  reading?: Reading | undefined;
  locked?: readonly string[] | undefined;
  effort?: Readonly<Record<string, number>> | undefined;
  pokja?: string | undefined;
}

export interface DocumentPlan extends PlanResult {
  /** The rule the plan is made and checked by: the document's leading rule. */
  rule: ScoringRule;
}

/**
 * The plan of an open document, by its leading rule (the document's own scorer: the workbook's formulas
 * for an imported workbook). The document's scores are read, tried and put back; nothing is written.
 */
export async function planOpenDocument(doc: OpenDocument, request: PlanRequest): Promise<DocumentPlan> {
  await doc.ready();
  doc.session.sync();
  const { scores, records, template, fileName } = doc.session;
  const target: PlanTarget | null = parseTarget(
    request.target,
    template,
    scores.unit.total(),
    request.reading,
  );
  if (!target) {
    throw new ProblemError([
      {
        code: 'plan.badTarget',
        params: { target: request.target },
        where: { file: fileName, field: 'target' },
      },
    ]);
  }
  for (const code of [...(request.locked ?? []), ...Object.keys(request.effort ?? {})]) {
    if (!knownCode(doc, code)) {
      throw new ProblemError([{ code: 'plan.unknownCode', params: { code }, where: { file: fileName } }]);
    }
  }
  const solver = await lpSolver();
  const plan = makePlan(scores.unit, (id) => records.get(id)?.pokja ?? null, {
    target,
    locked: request.locked,
    effort: request.effort,
    pokja: request.pokja,
    solver,
  });
  return { rule: scores.rule, ...plan };
}

/** `rbw plan DOC`: opens the document, plans, closes it. */
export async function planDocument(path: string, request: PlanRequest): Promise<DocumentPlan> {
  const doc = await openDocuments.open(path);
  try {
    return await planOpenDocument(doc, request);
  } finally {
    openDocuments.close(doc.id);
  }
}

function knownCode(doc: OpenDocument, code: string): boolean {
  const { index } = doc.session;
  return index.groups.has(code) || index.indicators.has(code);
}
