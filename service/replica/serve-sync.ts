import type { MergeConflictView } from '../../shared/api/merge-operations';
import type { RecordEvidence, RecordField } from '../../shared/records/answer-record';
import { RECORD_FIELDS } from '../../shared/records/answer-record';
import { planEdits } from '../../shared/records/plan-edits';
import type { FieldValue } from '../../shared/records/record-change';
import type { SyncConflict } from '../../shared/replica/plan-sync';
import { planSync } from '../../shared/replica/plan-sync';
import type {
  PulledAction,
  SyncAttachment,
  SyncRefusal,
  SyncReply,
  SyncRequest,
} from '../../shared/replica/sync-protocol';
import { parseJson } from '../documents/checked-json';
import type { DocumentSession } from '../documents/document-session';
import type { ReplicaApplied } from '../documents/postgres/replica-applied';
import { readMetadata, readRecords } from '../documents/read-content';
import type { ReadableDB } from '../documents/storage/document-store';

/**
 * A replica's sync on the server (`POST /server/sync`): the actions it has not applied yet are merged
 * into the document three ways (shared/replica/plan-sync.ts) as ONE action of kind `merge`, and their
 * ids recorded as applied in the same transaction, so a sync cut anywhere and repeated applies each
 * action once. With conflicts left unsettled nothing is written. Then what the replica lacks: the
 * server's actions since it last looked, every record as the server holds it, and the files they need.
 * `refusal` says why the user may not write a field (their role), null when they may.
 */
export function serveSync(
  session: DocumentSession,
  applied: ReplicaApplied,
  author: string,
  request: SyncRequest,
  refusal: (itemId: string, field: RecordField) => string | null,
): SyncReply {
  const uids = request.actions.map((a) => a.uid);
  let outcome: { conflicts: SyncConflict[]; unresolved: number; taken: number; refused: SyncRefusal[] } = {
    conflicts: [],
    unresolved: 0,
    taken: 0,
    refused: [],
  };
  session.perform(author, (tx) => {
    const known = applied.known(uids);
    const fresh = request.actions.filter((a) => !known.has(a.uid));
    if (fresh.length === 0) return;
    const records = tx.currentRecords();
    const plan = planSync(fresh, records, {
      refusal: (itemId, field, value) => refusal(itemId, field) ?? invalid(session, itemId, field, value),
      take: request.take,
      choices: request.choices,
    });
    outcome = { ...plan, taken: plan.changes.length };
    if (plan.unresolved) return;
    const files = new Map(request.attachments.map((a) => [a.id, a]));
    for (const change of plan.changes) {
      if (change.field !== 'evidence') continue;
      for (const piece of change.after as RecordEvidence[]) {
        const id = piece.attachment?.id;
        const file = id ? files.get(id) : undefined;
        if (!id || !file || tx.db.files.hasAttachment(id)) continue;
        tx.db.files.addAttachment(
          id,
          { fileName: file.fileName, mediaType: file.mediaType, bytes: Buffer.from(file.base64, 'base64') },
          tx.at,
        );
      }
    }
    tx.recordAction('merge', `sinkron replika ${request.replicaId.slice(0, 8)}`, plan.changes);
    applied.add(
      request.replicaId,
      fresh.map((a) => a.uid),
      tx.actionIds[0] ?? null,
    );
  });
  const conflicts = outcome.conflicts.map((c) => describe(session, request.since, c));
  if (outcome.unresolved) return { status: 'conflicts', conflicts };
  return session.store.read((db) => ({
    status: 'done',
    revision: db.history.revision(),
    applied: uids,
    taken: outcome.taken,
    settled: conflicts,
    refused: outcome.refused,
    pulled: pulledActions(db, request, applied),
    records: [...readRecords(db, session.fileName)],
    metadata: readMetadata(db, session.fileName),
    attachments: missingFiles(db, session.fileName, new Set(request.have)),
  }));
}

/** Why a value cannot be stored in a field of this document (an unknown item, a bad answer), or null. */
function invalid(
  session: DocumentSession,
  itemId: string,
  field: RecordField,
  value: FieldValue,
): string | null {
  const planned = planEdits(session.index, session.records, [{ itemId, field, value }]);
  return planned.ok ? null : planned.problems.map((p) => p.code).join(', ');
}

function describe(session: DocumentSession, since: number, c: SyncConflict): MergeConflictView {
  const theirs = session.store.read((db) => db.history.lastChangeOf(c.itemId, c.field, since));
  return {
    itemId: c.itemId,
    field: c.field,
    baseKnown: true,
    base: c.base,
    ours: c.ours,
    theirs: c.theirs,
    row: null,
    changedBy: c.by,
    changedAt: c.at,
    theirsBy: theirs?.author ?? null,
    theirsAt: theirs?.at ?? null,
    choice: c.choice,
  } as MergeConflictView;
}

/** The server's actions after the replica's last look, each marked when made from its own actions. */
function pulledActions(db: ReadableDB, request: SyncRequest, applied: ReplicaApplied): PulledAction[] {
  const own = applied.revisionsOf(request.replicaId, request.since);
  const fields: readonly string[] = RECORD_FIELDS;
  return db.history
    .trail()
    .filter(({ action }) => action.id > request.since)
    .map(({ action, changes }) => ({
      id: action.id,
      at: action.at,
      author: action.author,
      kind: action.kind,
      label: action.label,
      own: own.has(action.id),
      changes: changes
        .filter((c) => c.item_id !== null && fields.includes(c.field))
        .map((c) => ({
          itemId: c.item_id as string,
          field: c.field as RecordField,
          after: parseJson(c.after),
        })),
    }));
}

/** The files the server's records point at that the replica does not hold. */
function missingFiles(db: ReadableDB, file: string, have: ReadonlySet<string>): SyncAttachment[] {
  const wanted = new Set<string>();
  for (const record of readRecords(db, file).values())
    for (const piece of record.evidence)
      if (piece.attachment && !have.has(piece.attachment.id)) wanted.add(piece.attachment.id);
  const files: SyncAttachment[] = [];
  for (const id of wanted) {
    const stored = db.files.attachment(id);
    if (stored)
      files.push({
        id,
        fileName: stored.fileName,
        mediaType: stored.mediaType,
        base64: stored.bytes.toString('base64'),
      });
  }
  return files;
}
