import type { AnswerRecord } from '../../shared/document/answer-record';
import { DocumentScores } from '../../shared/document/document-scores';
import type { ScoreSummary } from '../../shared/scoring/summarize';
import { summarize } from '../../shared/scoring/summarize';
import type { TemplateIndex } from '../../shared/template/template-index';
import { indexTemplate } from '../../shared/template/template-index';
import type { OperationOutput } from '../../shared/api/contract';

export type DocumentView = OperationOutput<'documents.open'>;
export type EditResult = OperationOutput<'records.set'>;

/**
 * What the screen shows of one open document. Scores are recomputed here with the same scoring code the
 * service uses, so the summary (predicates, where to gain points) follows every edit at once; the service
 * stays the authority for what is saved.
 */
export interface OpenDocument {
  view: DocumentView;
  index: TemplateIndex;
  records: Map<string, AnswerRecord>;
  scores: DocumentScores;
  unit: ScoreSummary;
  reviewer: ScoreSummary;
  /** For a document imported from a workbook: the unit's scores as the workbook's own formulas give them. */
  workbook: ScoreSummary | null;
  priorYear: DocumentView['priorYear'];
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
}

const GAINS_SHOWN = 20;

export function openDocumentFrom(view: DocumentView): OpenDocument {
  const index = indexTemplate(view.template);
  const records = new Map(Object.entries(view.records));
  const scores = new DocumentScores(index, records);
  return {
    view,
    index,
    records,
    scores,
    unit: view.scores.unit,
    reviewer: view.scores.reviewer,
    workbook: view.workbook ?? null,
    priorYear: view.priorYear ?? null,
    revision: view.revision,
    canUndo: view.canUndo,
    canRedo: view.canRedo,
  };
}

/** The scores the screen leads with: the workbook's own formulas when the document came from one. */
export const primaryScores = (doc: OpenDocument): ScoreSummary => doc.workbook ?? doc.unit;

/** Applies the records an action changed and rescores only their paths. */
export function applyEditResult(doc: OpenDocument, result: EditResult): OpenDocument {
  const records = new Map(doc.records);
  for (const { itemId, record } of result.changed) records.set(itemId, record);
  const known = result.changed.filter((c) => doc.index.answerables.has(c.itemId));
  doc.scores.unit.setAnswers(known.map((c) => [c.itemId, c.record.answer] as const));
  doc.scores.reviewer.setAnswers(known.map((c) => [c.itemId, c.record.reviewerAnswer] as const));
  return {
    ...doc,
    view: { ...doc.view, metadata: result.metadata },
    records,
    unit: summarize(doc.scores.unit, { gains: GAINS_SHOWN }),
    reviewer: summarize(doc.scores.reviewer, { gains: GAINS_SHOWN }),
    workbook: result.workbook ?? null,
    revision: result.revision,
    canUndo: result.canUndo,
    canRedo: result.canRedo,
  };
}
