import { refusedLinks } from '../../shared/records/link-policy';
import type { FieldEdit } from '../../shared/records/plan-edits';
import { planEdits } from '../../shared/records/plan-edits';
import type { DocumentMetadata } from '../../shared/records/document-metadata';
import type { RecordChange } from '../../shared/records/record-change';
import { sameValue } from '../../shared/records/record-change';
import type { Problem } from '../../shared/problem';
import { countOverWholeProblem, countsOverWhole } from '../../shared/scoring/count-over-whole';
import { ProblemError } from '../../shared/problem';
import type { ActionTransaction } from './action-transaction';
import type { DocumentSession, EditResult } from './document-session';

/**
 * Sets fields of items as one action, all or nothing: fields of one item (`edit`) or a pasted block
 * over many (`paste`).
 * A bad value rejects the whole set with a problem naming the document, the row and the field; nothing
 * is written then.
 */
export function setFields(
  session: DocumentSession,
  edits: readonly FieldEdit[],
  author: string,
  kind: 'edit' | 'paste' = new Set(edits.map((e) => e.itemId)).size === 1 ? 'edit' : 'paste',
): EditResult & { notices: Problem[] } {
  const result = session.perform(author, (tx) => {
    const planned = planEdits(session.index, tx.currentRecords(), edits, { file: session.fileName });
    if (!planned.ok) throw new ProblemError(planned.problems);
    checkAttachmentsExist(tx, planned.value, session.fileName);
    tx.recordAction(kind, null, planned.value);
  });
  return {
    ...result,
    notices: [
      ...linkNotices(edits, session.fileName),
      ...countsOverWhole(
        session.index,
        session.records,
        edits.filter((e) => e.field === 'answer').map((e) => e.itemId),
      ).map((over) => countOverWholeProblem(over, session.fileName)),
    ],
  };
}

/** Links the policy kept as text (see link-policy.ts), each said once to whoever made the edit. */
export function linkNotices(edits: readonly FieldEdit[], file: string): Problem[] {
  return edits.flatMap((edit) =>
    edit.field === 'evidence'
      ? refusedLinks(edit.value).map((url) => ({
          code: 'record.linkAsText',
          params: { url },
          where: { file, field: `${edit.itemId}.evidence` },
        }))
      : [],
  );
}

/** Changes the document's metadata (agency, unit, year …) as one undoable action. */
export function setMetadata(
  session: DocumentSession,
  metadata: Partial<DocumentMetadata>,
  author: string,
): EditResult {
  return session.perform(author, (tx) => {
    const after = { ...tx.metadata, ...metadata };
    if (sameValue(after, tx.metadata)) return;
    tx.recordAction('metadata', null, [{ itemId: null, field: 'metadata', before: tx.metadata, after }]);
  });
}

/** Evidence may only point at files stored in this document (attachments.add puts them there). */
function checkAttachmentsExist(tx: ActionTransaction, changes: readonly RecordChange[], file: string): void {
  const problems: Problem[] = [];
  for (const change of changes) {
    if (change.field !== 'evidence' || !Array.isArray(change.after)) continue;
    for (const evidence of change.after) {
      if (evidence.attachment && !tx.db.files.hasAttachment(evidence.attachment.id)) {
        problems.push({
          code: 'record.unknownAttachment',
          params: { name: evidence.attachment.fileName },
          where: { file, field: `${change.itemId}.evidence` },
        });
      }
    }
  }
  if (problems.length) throw new ProblemError(problems);
}
