import type { AnswerSetsView } from '../../shared/api/document-operations';
import type { PriorYearView } from '../../shared/api/prior-year';
import type { AnswerRecord } from '../../shared/records/answer-record';
import type { DocumentMetadata } from '../../shared/records/document-metadata';
import type { ScoresSummary } from '../../shared/scoring/document-scores';
import type { Template } from '../../shared/template/template-schema';
import type { Problem } from '../../shared/problem';
import type { DocumentSession } from './document-session';
import { openingNotices } from './source-workbook-check';
import { readSurveys, surveyBindings } from '../survey/survey-state';

/** The screen lists the top gains (asked for with scores.gains, after the view is on screen). */
export const GAINS_IN_VIEW = 20;

export interface DocumentView {
  documentId: string;
  path: string;
  fileName: string;
  revision: number;
  template: Template;
  metadata: DocumentMetadata;
  records: Record<string, AnswerRecord>;
  scores: ScoresSummary;
  canUndo: boolean;
  canRedo: boolean;
  sourceWorkbook: { fileName: string; size: number; importedAt: string } | null;
  migration: { from: number; backupPath: string } | null;
  /** Said once on opening: a damaged stored workbook, a read-only document. */
  notices: Problem[];
  priorYear: PriorYearView | null;
  answerSets: AnswerSetsView | null;
  /** A total must be a total: what is wrong with the workbook's total cell, shown beside it (issue 22). */
  totalWarnings?: Problem[];
  /** What the workbook shows for its total when that is an error (#CYCLE!), when the view was made. */
  totalError?: string;
  /** Questions taking their value from a survey: "dari survei: n responden, tanggal". */
  surveyMarks: Record<string, { name: string; respondents: number; date: string | null }>;
}

/** Everything the screen shows of a document: template, every record, the scores of both rules. */
export function documentView(
  documentId: string,
  session: DocumentSession,
  priorYear: PriorYearView | null,
  answerSets: AnswerSetsView | null = null,
  totalWarnings: Problem[] = [],
  totalError: string | null = null,
): DocumentView {
  session.sync();
  return {
    documentId,
    path: session.path,
    fileName: session.fileName,
    ...session.undoState(),
    template: session.template,
    metadata: session.metadata,
    records: Object.fromEntries(session.records),
    // Ranking the places to gain points rescoring every indicator: not on the way to the first paint.
    scores: session.scores.summaries(0),
    sourceWorkbook: session.store.read((db) => db.files.sourceWorkbookInfo()) ?? null,
    migration: session.migrated,
    notices: openingNotices(session.sourceWorkbookProblem, session.store),
    priorYear,
    answerSets,
    ...(totalWarnings.length ? { totalWarnings } : {}),
    ...(totalError !== null ? { totalError } : {}),
    surveyMarks: Object.fromEntries(surveyBindings(readSurveys(session))),
  };
}
