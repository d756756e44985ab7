import type { AnswerRecord } from '../../shared/records/answer-record';
import { AnswerRecordSchema } from '../../shared/records/answer-record';
import { applyChanges, recordOf } from '../../shared/records/apply-changes';
import type { DocumentMetadata } from '../../shared/records/document-metadata';
import type { ActionKind } from '../../shared/records/history-entry';
import type { Change, RecordChange } from '../../shared/records/record-change';
import { sameValue } from '../../shared/records/record-change';
import { reconcile } from '../../shared/replica/reconcile';
import type { PulledAction } from '../../shared/replica/sync-protocol';
import { readMetadata, readRecords } from '../documents/read-content';
import type { WritableDB } from '../documents/storage/document-store';

/**
 * Takes the server's side into a replica (inside its write transaction): each action of the others as
 * an action of its own in the replica's history (their author and time; undoable there as any action,
 * and an undo is then a new action that is sent), then whatever still differs from the server's
 * records and metadata as one more action, so that the replica ends equal to the server.
 */
export function pullInto(
  db: WritableDB,
  input: {
    file: string;
    actions: readonly PulledAction[];
    records: ReadonlyMap<string, AnswerRecord>;
    metadata: DocumentMetadata;
    kindOf: (kind: string) => ActionKind;
    author: string;
    at: string;
  },
): { actionIds: number[]; fromOthers: number } {
  let state = {
    records: readRecords(db, input.file) as ReadonlyMap<string, AnswerRecord>,
    metadata: readMetadata(db, input.file),
  };
  const actionIds: number[] = [];
  const record = (
    action: { at: string; author: string; kind: ActionKind; label: string | null },
    changes: Change[],
  ): void => {
    if (changes.length === 0) return;
    actionIds.push(db.history.add({ ...action, state: 'done', target: null }, changes));
    const applied = applyChanges(state, changes);
    for (const [itemId, r] of applied.records) db.records.write(itemId, r);
    if (applied.metadataChanged) db.meta.set('metadata', JSON.stringify(applied.metadata));
    state = { records: new Map([...state.records, ...applied.records]), metadata: applied.metadata };
  };
  let fromOthers = 0;
  for (const action of input.actions) {
    const changes: RecordChange[] = [];
    for (const c of action.changes) {
      const after = AnswerRecordSchema.shape[c.field].safeParse(c.after);
      if (!after.success) continue;
      const before = recordOf(state.records, c.itemId)[c.field];
      if (!sameValue(before, after.data))
        changes.push({ itemId: c.itemId, field: c.field, before, after: after.data });
    }
    if (changes.length) fromOthers++;
    record(
      { at: action.at, author: action.author, kind: input.kindOf(action.kind), label: action.label },
      changes,
    );
  }
  const rest: Change[] = reconcile(state.records, input.records);
  if (!sameValue(state.metadata, input.metadata))
    rest.push({ itemId: null, field: 'metadata', before: state.metadata, after: input.metadata });
  record({ at: input.at, author: input.author, kind: 'merge', label: 'sinkron server' }, rest);
  return { actionIds, fromOthers };
}
