import { refusedLinks } from '../../shared/records/link-policy';
import type { FieldEdit } from '../../shared/records/plan-edits';
import { planEdits } from '../../shared/records/plan-edits';
import type { DocumentMetadata } from '../../shared/records/document-metadata';
import type { RecordField } from '../../shared/records/answer-record';
import type { FieldValue, RecordChange } from '../../shared/records/record-change';
import { sameValue } from '../../shared/records/record-change';
import type { Problem } from '../../shared/problem';
import { countOverWholeProblem, countsOverWhole } from '../../shared/scoring/count-over-whole';
import { ProblemError } from '../../shared/problem';
import type { ActionTransaction } from './action-transaction';
import type { DocumentSession, EditResult } from './document-session';
import { checkEditBase } from './stale-base';

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
  /** The values the sender saw of fields it edits: checked against the stored ones (stale-base.ts). */
  bases: readonly EditBase[] = [],
): EditResult & { notices: Problem[] } {
  const result = session.perform(author, (tx) => {
    const planned = planEdits(session.index, tx.currentRecords(), edits, { file: session.fileName });
    if (!planned.ok) throw new ProblemError(planned.problems);
    const changes = checkBases(planned.value, bases, session.fileName);
    checkAttachmentsExist(tx, changes, session.fileName);
    tx.recordAction(kind, null, changes);
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

/** The value of a field its sender saw before editing it. */
export interface EditBase {
  itemId: string;
  field: RecordField;
  base: FieldValue;
}

/**
 * The changes to write once each edited field's base is checked: a field another user changed since
 * its sender saw it is a conflict (`record.staleBase`, with the base, the stored and the sent value, as
 * JSON), and nothing is written; a field its sender left as it was is not written over another's change.
 */
function checkBases(changes: RecordChange[], bases: readonly EditBase[], file: string): RecordChange[] {
  if (bases.length === 0) return changes;
  const problems: Problem[] = [];
  const kept = changes.filter((change) => {
    const sent = bases.find((b) => b.itemId === change.itemId && b.field === change.field);
    if (!sent) return true;
    const outcome = checkEditBase(sent.base, change.before, change.after);
    if (outcome === 'conflict')
      problems.push({
        code: 'record.staleBase',
        params: {
          itemId: change.itemId,
          field: change.field,
          base: JSON.stringify(sent.base),
          ours: JSON.stringify(change.before),
          theirs: JSON.stringify(change.after),
        },
        where: { file, field: `${change.itemId}.${change.field}` },
      });
    return outcome === 'write';
  });
  if (problems.length) throw new ProblemError(problems);
  return kept;
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
