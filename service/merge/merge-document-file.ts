import { basename, resolve } from 'node:path';
import type { MergeOutcome } from '../../shared/api/merge-operations';
import type { AnswerRecord, RecordEvidence } from '../../shared/records/answer-record';
import { RECORD_FIELDS } from '../../shared/records/answer-record';
import { applyChanges, recordOf } from '../../shared/records/apply-changes';
import { recordIds } from '../../shared/records/diff-records';
import { EMPTY_METADATA } from '../../shared/records/document-metadata';
import type { Change } from '../../shared/records/record-change';
import { invertChanges } from '../../shared/records/record-change';
import type { FieldSides } from '../../shared/merge/three-way';
import { ProblemError } from '../../shared/problem';
import { DocumentSession } from '../documents/document-session';
import { checkedChanges } from '../documents/checked-history';
import { actionTrail } from '../documents/merge-history';
import { documentUid } from '../documents/document-uid';
import type { ReadableDB } from '../documents/storage/document-store';
import type { MergeRequest } from './run-merge';
import { runMerge } from './run-merge';

/**
 * Merges another copy of the document (a `.rbw` that went its own way, say on a laptop taken to the
 * field) three ways: the base is the document as it stood after the last action both copies share in
 * their history. Another document, or the document itself, is refused naming both.
 */
export async function mergeDocumentFile(
  session: DocumentSession,
  path: string,
  author: string,
  request: MergeRequest = {},
): Promise<MergeOutcome> {
  const fileName = basename(path);
  if (resolve(path) === resolve(session.path)) {
    throw new ProblemError([{ code: 'merge.sameDocument', where: { file: fileName } }]);
  }
  const other = await DocumentSession.open(path);
  try {
    session.sync();
    const ids = {
      ours: session.store.read(documentUid),
      theirs: other.store.read(documentUid),
    };
    if (ids.ours !== ids.theirs || other.template.id !== session.template.id) {
      throw new ProblemError([
        {
          code: 'merge.otherDocument',
          params: {
            template: other.template.id,
            expected: session.template.id,
            document: fileName,
            expectedDocument: session.fileName,
          },
          where: { file: fileName },
        },
      ]);
    }
    const baseRevision = sharedRevision(session, other);
    // The base, rewound from the other copy (its records are fixed while it is merged).
    const rewound = applyChanges(
      { records: other.records, metadata: EMPTY_METADATA },
      invertChanges(other.store.read((db) => checkedChangesAfter(other, db, baseRevision, fileName))),
    ).records;
    const base = new Map([...other.records, ...rewound]);
    const theirs = other.records;
    const items = recordIds(session.index);
    return runMerge(
      session,
      author,
      {
        kind: 'document',
        fileName,
        pokja: null,
        label: fileName,
        baseRevision,
        sides: (ours) => ({ sides: documentSides(items, base, ours, theirs), baseKnown: true }),
        theirsChange: (itemId, field) =>
          other.store.read((db) => db.history.lastChangeOf(itemId, field, baseRevision)),
        prepare: (tx, changes) => {
          // Files the other copy stored, which the taken evidence points at.
          for (const change of changes) {
            if (change.field !== 'evidence') continue;
            for (const piece of change.after as RecordEvidence[]) {
              const id = piece.attachment?.id;
              if (!id || tx.db.files.hasAttachment(id)) continue;
              const stored = other.store.read((db) => db.files.attachment(id));
              if (stored) tx.db.files.addAttachment(id, stored, tx.at);
            }
          }
        },
      },
      request,
    );
  } finally {
    other.close();
  }
}

/**
 * The other copy's changes after the shared revision, each history entry checked as any input from
 * outside (checked-history.ts): a damaged entry refuses the merge naming the copy and the action.
 */
function checkedChangesAfter(
  other: DocumentSession,
  db: ReadableDB,
  revision: number,
  fileName: string,
): Change[] {
  const changes: Change[] = [];
  for (const { id } of actionTrail(db)) {
    if (id <= revision) continue;
    try {
      changes.push(...checkedChanges(db, id, other.index, fileName));
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      throw new ProblemError([
        { code: 'merge.badHistory', params: { action: id }, where: { file: fileName, field: 'changes' } },
      ]);
    }
  }
  return changes;
}

/** The last action both copies share: their histories are the same up to it (undo state aside). */
function sharedRevision(ours: DocumentSession, theirs: DocumentSession): number {
  const a = ours.store.read(actionTrail);
  const b = theirs.store.read(actionTrail);
  let shared = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y || x.id !== y.id || x.fingerprint !== y.fingerprint) break;
    shared = x.id;
  }
  return shared;
}

function documentSides(
  items: readonly string[],
  base: ReadonlyMap<string, AnswerRecord>,
  ours: ReadonlyMap<string, AnswerRecord>,
  theirs: ReadonlyMap<string, AnswerRecord>,
): FieldSides[] {
  const sides: FieldSides[] = [];
  for (const itemId of items) {
    const [b, o, t] = [recordOf(base, itemId), recordOf(ours, itemId), recordOf(theirs, itemId)];
    for (const field of RECORD_FIELDS) {
      sides.push({ itemId, field, baseKnown: true, base: b[field], ours: o[field], theirs: t[field] });
    }
  }
  return sides;
}
