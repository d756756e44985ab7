import type { MergeOutcome } from '../../shared/api/merge-operations';
import type { AnswerRecord } from '../../shared/records/answer-record';
import type { RecordChange } from '../../shared/records/record-change';
import type { FieldSides, MergeChoices, MergeConflict } from '../../shared/merge/three-way';
import { fieldKey, planMerge, resolveMerge } from '../../shared/merge/three-way';
import type { ActionTransaction } from '../documents/action-transaction';
import type { DocumentSession } from '../documents/document-session';

export interface MergeRequest {
  dryRun?: boolean | undefined;
  allowBlank?: boolean | undefined;
  choices?: MergeChoices | undefined;
}

/** What is being merged, and how to read its side against the document's records. */
export interface MergeSource {
  kind: 'pokja' | 'document';
  fileName: string;
  pokja: string | null;
  /** History name of the applied merge: "<file> (<pokja>)". */
  label: string;
  /** The document's revision at the base (conflicts name who changed the document's side since). */
  baseRevision: number;
  /** The three sides of every field, read against the document's records as they are now. */
  sides: (records: ReadonlyMap<string, AnswerRecord>) => { sides: FieldSides[]; baseKnown: boolean };
  /** The file's row of a field (a pokja's file). */
  rowOf?: (itemId: string, field: string) => number | null;
  /** Who changed the other side of a field since the base (another copy of the document). */
  theirsChange?: (itemId: string, field: string) => { author: string; at: string } | undefined;
  /** Before writing: brings what the taken values need (files stored in the other copy). */
  prepare?: (tx: ActionTransaction, changes: readonly RecordChange[]) => void;
}

/**
 * Merges a source three ways (shared/merge/three-way.ts): a dry run or a merge with conflicts left
 * unsettled writes nothing and says what would happen; otherwise everything is written as ONE undoable
 * action of kind `merge`. Planned inside the write transaction, against the records as they are then,
 * so that an edit made by another program in the meantime is merged too, never overwritten.
 */
export function runMerge(
  session: DocumentSession,
  author: string,
  source: MergeSource,
  request: MergeRequest,
): MergeOutcome {
  const outcomeOf = (records: ReadonlyMap<string, AnswerRecord>) => {
    const { sides, baseKnown } = source.sides(records);
    const plan = planMerge(sides, { allowBlank: request.allowBlank });
    const resolved = resolveMerge(plan, request.choices ?? {});
    const choices = new Map(
      (request.choices?.fields ?? []).map((c) => [fieldKey(c.itemId, c.field), c.take]),
    );
    const outcome: MergeOutcome = {
      kind: source.kind,
      fileName: source.fileName,
      pokja: source.pokja,
      baseKnown,
      changes: resolved.changes,
      conflicts: plan.conflicts.map((c) =>
        describe(
          session,
          source,
          c,
          choices.get(fieldKey(c.itemId, c.field)) ?? request.choices?.all ?? null,
        ),
      ),
      blanksKept: plan.blanksKept,
      unresolved: resolved.unresolved.length,
      applied: false,
      result: null,
    };
    return { outcome, changes: resolved.changes };
  };
  if (request.dryRun) {
    session.sync();
    return session.store.read(() => outcomeOf(session.records).outcome);
  }
  let planned: ReturnType<typeof outcomeOf> | undefined;
  const result = session.perform(author, (tx) => {
    planned = outcomeOf(tx.currentRecords());
    if (planned.outcome.unresolved || !planned.changes.length) return;
    source.prepare?.(tx, planned.changes);
    tx.recordAction('merge', source.label, planned.changes);
  });
  const { outcome } = planned as ReturnType<typeof outcomeOf>;
  if (outcome.unresolved || !outcome.changes.length) return outcome;
  return { ...outcome, applied: true, result };
}

function describe(
  session: DocumentSession,
  source: MergeSource,
  conflict: MergeConflict,
  choice: 'theirs' | 'mine' | null,
): MergeOutcome['conflicts'][number] {
  const revision = conflict.baseKnown ? source.baseRevision : 0;
  const ours = session.store.read((db) => db.history.lastChangeOf(conflict.itemId, conflict.field, revision));
  const theirs = source.theirsChange?.(conflict.itemId, conflict.field);
  return {
    ...conflict,
    row: source.rowOf?.(conflict.itemId, conflict.field) ?? null,
    changedBy: ours?.author ?? null,
    changedAt: ours?.at ?? null,
    theirsBy: theirs?.author ?? null,
    theirsAt: theirs?.at ?? null,
    choice,
  };
}
