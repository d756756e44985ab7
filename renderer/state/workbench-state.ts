import type { OperationOutput } from '../../shared/api/contract';
import type { AnswerRecord } from '../../shared/records/answer-record';
import type { ScoringRule } from '../../shared/scoring/document-scores';
import { applyScoreUpdate } from '../../shared/scoring/score-update';
import type { ScoreSummary } from '../../shared/scoring/summarize';
import type { TemplateIndex } from '../../shared/template/template-index';
import { indexTemplate } from '../../shared/template/template-index';

export type DocumentView = OperationOutput<'documents.open'>;
export type EditResult = OperationOutput<'records.set'>;
export type RankedGains = OperationOutput<'scores.gains'>;

/**
 * What the screen shows of one open document. Every score is the service's: the view's summaries, then
 * the updates each edit returns; the screen never scores anything itself.
 */
export interface ShownDocument {
  view: DocumentView;
  index: TemplateIndex;
  records: Map<string, AnswerRecord>;
  /** The rule the unit's scores lead with: the workbook's own formulas, or the regulation's. */
  rule: ScoringRule;
  /** The unit's scores by the leading rule: header, tree, grid, summary and gains all show these. */
  unit: ScoreSummary;
  /** The regulation's rule, beside the workbook's (null when the regulation's leads). */
  standard: ScoreSummary | null;
  reviewer: ScoreSummary;
  /** The revision "where to gain points" were ranked at (behind `revision` until they are ranked again). */
  gainsRevision: number;
  priorYear: DocumentView['priorYear'];
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
}

export function shownDocument(view: DocumentView): ShownDocument {
  return {
    view,
    index: indexTemplate(view.template),
    records: new Map(Object.entries(view.records)),
    rule: view.scores.rule,
    unit: view.scores.unit,
    standard: view.scores.standard,
    reviewer: view.scores.reviewer,
    // A view comes without them: the service ranks them on request, after the first paint.
    gainsRevision: -1,
    priorYear: view.priorYear ? { ...view.priorYear, label: priorLabel(view.priorYear) } : null,
    revision: view.revision,
    canUndo: view.canUndo,
    canRedo: view.canRedo,
  };
}

/**
 * Whether an action's result applies to what the screen shows: not when another program changed the
 * document, nor when another window edited it since this one last looked (fetch the view instead).
 */
export const resultApplies = (doc: ShownDocument, result: EditResult): boolean =>
  !result.reloaded && result.previousRevision === doc.revision && result.scores.rule === doc.rule;

/** The records an action changed and the scores the service sent with them. */
export function applyEditResult(doc: ShownDocument, result: EditResult): ShownDocument {
  const records = new Map(doc.records);
  for (const { itemId, record } of result.changed) records.set(itemId, record);
  const { scores } = result;
  return {
    ...doc,
    // The view stays the same object while its details do (what reads only the view is not redrawn).
    view: sameMetadata(doc.view.metadata, result.metadata)
      ? doc.view
      : { ...doc.view, metadata: result.metadata },
    records,
    unit: applyScoreUpdate(doc.unit, scores.unit),
    standard: doc.standard && scores.standard ? applyScoreUpdate(doc.standard, scores.standard) : null,
    reviewer: applyScoreUpdate(doc.reviewer, scores.reviewer),
    revision: result.revision,
    canUndo: result.canUndo,
    canRedo: result.canRedo,
  };
}

const sameMetadata = (a: DocumentView['metadata'], b: DocumentView['metadata']): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** Gains ranked by the service, when they are of the revision shown. */
export function applyGains(doc: ShownDocument, ranked: RankedGains): ShownDocument {
  if (ranked.revision !== doc.revision) return doc;
  return { ...doc, unit: { ...doc.unit, gains: ranked.gains }, gainsRevision: ranked.revision };
}

/**
 * How last year's block is named on screen: by its year when the workbook gives one ("2014"), not by its
 * column's header alone ("Jawaban") (issue 22).
 */
function priorLabel(prior: NonNullable<DocumentView['priorYear']>): string {
  if (prior.year === undefined || prior.label.includes(String(prior.year))) return prior.label;
  return String(prior.year);
}

/** Errors of a workbook's total that come from its formulas, whatever the answers. */
const ANSWERS_DO_NOT_CURE = new Set(['#CYCLE!', '#REF!', '#NAME?']);

/**
 * What the workbook shows for the total on screen when it is an error (#DIV/0!: a sub-area without
 * answers, #CYCLE!: a total reading itself), else null. Only a document scored by an imported workbook's
 * own formulas has such a total: the service's figure while the view is current, else the rule the portfolio
 * uses (Excel's AVERAGE of a sub-area without answers). A document begun from a template shows its 0,00.
 */
export function shownTotalError(doc: ShownDocument): string | null {
  if (!doc.view.sourceWorkbook || doc.rule !== 'workbook') return null;
  const sets = doc.view.answerSets;
  if (sets && doc.revision === doc.view.revision)
    return sets.sets.find((s) => s.sheet === sets.shown)?.error ?? null;
  // The workbook's own error for its total: while the view is current, or whatever the answers when no
  // answer causes or cures it (a total reading itself, a reference to a deleted cell).
  const error = doc.view.totalError;
  if (error && (doc.revision === doc.view.revision || ANSWERS_DO_NOT_CURE.has(error))) return error;
  return doc.unit.unanswered !== 'zero' && doc.unit.emptySubAreas.length > 0 ? '#DIV/0!' : null;
}

/**
 * What of the document changes only with another document (or its details, or a view fetched again), not
 * with an edit: what the window around the grid needs. Scores and records are read where they are shown.
 */
export type DocumentFrame = Pick<ShownDocument, 'view' | 'index' | 'priorYear' | 'rule'>;

export const frameOf = (doc: ShownDocument | null): DocumentFrame | null => doc;

export const sameFrame = (a: DocumentFrame | null, b: DocumentFrame | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.view === b.view &&
    a.index === b.index &&
    a.priorYear === b.priorYear &&
    a.rule === b.rule);
