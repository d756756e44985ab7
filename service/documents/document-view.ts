import type { AnswerRecord } from '../../shared/document/answer-record';
import type { DocumentMetadata } from '../../shared/document/document-metadata';
import type { ScoreSummary } from '../../shared/scoring/summarize';
import { summarize } from '../../shared/scoring/summarize';
import type { Template } from '../../shared/template/template-schema';
import type { Problem } from '../../shared/problem';
import type { DocumentSession } from './document-session';
import { openingNotices } from './source-workbook-check';

/** The screen lists the top gains; the full ranking of 5,000 indicators would dominate the view's size. */
const GAINS_IN_VIEW = 20;

export interface DocumentView {
  documentId: string;
  path: string;
  fileName: string;
  revision: number;
  template: Template;
  metadata: DocumentMetadata;
  records: Record<string, AnswerRecord>;
  scores: { unit: ScoreSummary; reviewer: ScoreSummary };
  canUndo: boolean;
  canRedo: boolean;
  sourceWorkbook: { fileName: string; size: number; importedAt: string } | null;
  migration: { from: number; backupPath: string } | null;
  /** Said once on opening: a damaged stored workbook, a read-only document. */
  notices: Problem[];
}

/** Everything the screen shows of a document: template, every record, both score summaries. */
export function documentView(documentId: string, session: DocumentSession): DocumentView {
  session.sync();
  return {
    documentId,
    path: session.path,
    fileName: session.fileName,
    ...session.undoState(),
    template: session.template,
    metadata: session.metadata,
    records: Object.fromEntries(session.records),
    scores: {
      unit: summarize(session.scores.unit, { gains: GAINS_IN_VIEW }),
      reviewer: summarize(session.scores.reviewer, { gains: GAINS_IN_VIEW }),
    },
    sourceWorkbook: session.db.files.sourceWorkbookInfo() ?? null,
    migration: session.migrated,
    notices: openingNotices(session.db),
  };
}
