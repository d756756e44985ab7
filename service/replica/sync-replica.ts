import { basename } from 'node:path';
import type { MergeConflictView } from '../../shared/api/merge-operations';
import type { MergeSide } from '../../shared/merge/three-way';
import type { RecordEvidence, RecordField } from '../../shared/records/answer-record';
import { RECORD_FIELDS } from '../../shared/records/answer-record';
import type { FieldValue } from '../../shared/records/record-change';
import { DocumentMetadataSchema } from '../../shared/records/document-metadata';
import { ActionKindSchema } from '../../shared/records/history-entry';
import { ProblemError } from '../../shared/problem';
import type { SyncAction, SyncAttachment, SyncReply, SyncRefusal } from '../../shared/replica/sync-protocol';
import { SyncReplySchema } from '../../shared/replica/sync-protocol';
import { parseJson } from '../documents/checked-json';
import type { DocumentDatabase } from '../documents/sqlite/document-database';
import { openDatabase } from '../documents/sqlite/open-database';
import type { ReplicaRow } from '../documents/sqlite/replica-table';
import { ReplicaTable } from '../documents/sqlite/replica-table';
import type { ReadableDB } from '../documents/storage/document-store';
import { pullInto } from './pull-into';
import { tokenFor } from './replica-tokens';
import { post } from './server-connection';

/** What a sync did, as `rbw sync --json` prints it. */
export interface SyncOutcome {
  status: 'done' | 'conflicts';
  /** Local actions the server has now applied (this time or in a cut sync before). */
  sent: number;
  /** Fields written on the server. */
  taken: number;
  /** Actions of others taken into the replica. */
  pulled: number;
  conflicts: MergeConflictView[];
  refused: SyncRefusal[];
  revision: number;
  syncedAt: string | null;
}

/** How many rounds a sync makes when the replica is edited while it syncs, before it stops and says so. */
const MAX_ROUNDS = 5;

/**
 * `rbw sync DOC.rbw [--take theirs|mine]`: sends the replica's actions since its last sync (each with
 * its id and every field's value before it), the server merges them three ways and keeps their ids; then
 * the others' actions and the server's records come back and are written into the replica in ONE
 * transaction with the revision seen and the actions sent, so a sync cut anywhere and repeated applies
 * each action once on both sides. With conflicts left unsettled nothing is written on either side.
 */
export async function syncReplica(
  path: string,
  options: {
    take?: MergeSide | undefined;
    choices?: readonly { itemId: string; field: RecordField; take: MergeSide }[] | undefined;
  } = {},
): Promise<SyncOutcome> {
  const file = basename(path);
  const { database } = await openDatabase(path);
  try {
    if (database.readOnly) throw database.readOnly;
    const table = new ReplicaTable(database.connection, file);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const replica = database.read(() => table.row());
      if (!replica) throw new ProblemError([{ code: 'replica.notReplica', where: { file } }]);
      const token = tokenFor(replica.server, replica.login);
      if (!token)
        throw new ProblemError([{ code: 'replica.signInAgain', params: { server: replica.server } }]);
      const outgoing = database.read((db) => composeRequest(db, table, replica));
      const reply = SyncReplySchema.parse(
        await post(
          replica.server,
          '/server/sync',
          {
            ...outgoing,
            documentId: replica.document_id,
            replicaId: replica.replica_id,
            since: replica.server_revision,
            take: options.take,
            choices: options.choices,
          },
          token,
        ),
      );
      if (reply.status === 'conflicts') return conflictsOutcome(reply.conflicts, replica);
      const taken = database.write((db) => takeReply(db, table, reply, outgoing.actions, file));
      if (taken) return taken;
    }
    throw new ProblemError([{ code: 'replica.busy', where: { file } }]);
  } finally {
    database.close();
  }
}

const conflictsOutcome = (conflicts: MergeConflictView[], replica: ReplicaRow): SyncOutcome => ({
  status: 'conflicts',
  sent: 0,
  taken: 0,
  pulled: 0,
  conflicts,
  refused: [],
  revision: replica.server_revision,
  syncedAt: replica.synced_at,
});

/** The replica's actions waiting to be sent, with their changes, and the files their evidence needs. */
function composeRequest(
  db: ReadableDB,
  table: ReplicaTable,
  replica: ReplicaRow,
): { actions: (SyncAction & { localId: number })[]; attachments: SyncAttachment[]; have: string[] } {
  const fields: readonly string[] = RECORD_FIELDS;
  const wanted = new Set<string>();
  const actions = table.pending(replica.cloned_revision).map((action) => ({
    localId: action.id,
    uid: `${replica.replica_id}:${action.id}`,
    at: action.at,
    author: action.author,
    changes: db.history
      .changeRows(action.id)
      .filter((c) => c.item_id !== null && fields.includes(c.field))
      .map((c) => {
        const after = parseJson(c.after);
        if (c.field === 'evidence' && Array.isArray(after))
          for (const piece of after as RecordEvidence[])
            if (piece.attachment) wanted.add(piece.attachment.id);
        return {
          itemId: c.item_id as string,
          field: c.field as RecordField,
          before: parseJson(c.before) as FieldValue,
          after: after as FieldValue,
        };
      }),
  }));
  const attachments: SyncAttachment[] = [];
  for (const id of wanted) {
    const stored = db.files.attachment(id);
    if (stored)
      attachments.push({
        id,
        fileName: stored.fileName,
        mediaType: stored.mediaType,
        base64: stored.bytes.toString('base64'),
      });
  }
  return { actions, attachments, have: db.files.attachmentIds() };
}

/**
 * Writes a sync's reply into the replica (inside its write transaction): the actions sent are marked
 * applied; when nothing new was done on the replica meanwhile, the others' actions and the server's
 * records and metadata come in and the revision seen moves on. Undefined: the replica changed during
 * the sync, so another round sends that too.
 */
function takeReply(
  db: Parameters<Parameters<DocumentDatabase['write']>[0]>[0],
  table: ReplicaTable,
  reply: Extract<SyncReply, { status: 'done' }>,
  sent: readonly { localId: number; uid: string }[],
  file: string,
): SyncOutcome | undefined {
  const replica = table.row() as ReplicaRow;
  const applied = new Set(reply.applied);
  for (const action of sent) if (applied.has(action.uid)) table.mark(action.localId, 'sent');
  if (table.pending(replica.cloned_revision).length > 0) return undefined;
  const at = new Date().toISOString();
  const pulled = pullInto(db, {
    file,
    actions: reply.pulled.filter((a) => !a.own),
    records: new Map(reply.records),
    metadata: DocumentMetadataSchema.parse(reply.metadata),
    kindOf: (kind) => {
      const parsed = ActionKindSchema.safeParse(kind);
      return parsed.success && parsed.data !== 'undo' && parsed.data !== 'redo' ? parsed.data : 'merge';
    },
    author: replica.login,
    at,
  });
  for (const id of pulled.actionIds) table.mark(id, 'server');
  for (const f of reply.attachments)
    if (!db.files.hasAttachment(f.id))
      db.files.addAttachment(
        f.id,
        { fileName: f.fileName, mediaType: f.mediaType, bytes: Buffer.from(f.base64, 'base64') },
        at,
      );
  table.advance(reply.revision, at);
  return {
    status: 'done',
    sent: sent.filter((a) => applied.has(a.uid)).length,
    taken: reply.taken,
    pulled: pulled.fromOthers,
    conflicts: reply.settled,
    refused: reply.refused,
    revision: reply.revision,
    syncedAt: at,
  };
}
