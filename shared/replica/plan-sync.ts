import type { AnswerRecord, RecordField } from '../records/answer-record';
import { recordOf } from '../records/apply-changes';
import type { FieldValue, RecordChange } from '../records/record-change';
import type { FieldSides, MergeConflict, MergeSide } from '../merge/three-way';
import { fieldKey, planMerge, resolveMerge } from '../merge/three-way';
import type { SyncAction, SyncRefusal } from './sync-protocol';

/** A field a replica changed since its last sync: its base (before the first change) and its last value. */
export interface NetChange {
  itemId: string;
  field: RecordField;
  base: FieldValue;
  value: FieldValue;
  author: string;
  at: string;
}

/** The replica's actions folded per field, in the order fields were first changed. */
export function netChanges(actions: readonly SyncAction[]): NetChange[] {
  const net = new Map<string, NetChange>();
  for (const action of actions) {
    for (const c of action.changes) {
      const key = fieldKey(c.itemId, c.field);
      const seen = net.get(key);
      if (seen) Object.assign(seen, { value: c.after, author: action.author, at: action.at });
      else
        net.set(key, {
          itemId: c.itemId,
          field: c.field,
          base: c.before,
          value: c.after,
          author: action.author,
          at: action.at,
        });
    }
  }
  return [...net.values()];
}

/** A conflict as the replica's user sees it: ours is the replica's value, theirs the server's. */
export interface SyncConflict extends MergeConflict {
  by: string;
  at: string;
  choice: MergeSide | null;
}

export interface SyncPlan {
  /** What to write on the server (before: the server's value, after: the replica's). */
  changes: RecordChange[];
  conflicts: SyncConflict[];
  /** Conflicts without a chosen side: while any is left, nothing may be written. */
  unresolved: number;
  refused: SyncRefusal[];
}

/**
 * How the server takes a replica's actions: folded per field, each field merged three ways by the
 * pokja merge's rule (shared/merge/three-way.ts) with the replica's value before its first change as
 * the base, the server's current value as the server's side, the replica's last value as the other.
 * A field the user may not write is refused with the reason (nothing written for it). `take` and
 * `choices` name the user's side: `mine` the replica's value, `theirs` the server's.
 */
export function planSync(
  actions: readonly SyncAction[],
  server: ReadonlyMap<string, AnswerRecord>,
  options: {
    refusal: (itemId: string, field: RecordField, value: FieldValue) => string | null;
    take?: MergeSide | undefined;
    choices?: readonly { itemId: string; field: RecordField; take: MergeSide }[] | undefined;
  },
): SyncPlan {
  const refused: SyncRefusal[] = [];
  const sides: FieldSides[] = [];
  const net = new Map<string, NetChange>();
  for (const change of netChanges(actions)) {
    const reason = options.refusal(change.itemId, change.field, change.value);
    if (reason) {
      refused.push({ itemId: change.itemId, field: change.field, reason });
      continue;
    }
    net.set(fieldKey(change.itemId, change.field), change);
    sides.push({
      itemId: change.itemId,
      field: change.field,
      baseKnown: true,
      base: change.base,
      ours: recordOf(server, change.itemId)[change.field],
      theirs: change.value,
    });
  }
  // The merge's sides are the server's: its "mine" is the server's value, the user's "mine" the replica's.
  const flip = (side: MergeSide): MergeSide => (side === 'mine' ? 'theirs' : 'mine');
  const userChoice = new Map((options.choices ?? []).map((c) => [fieldKey(c.itemId, c.field), c.take]));
  const plan = planMerge(sides);
  const resolved = resolveMerge(plan, {
    fields: (options.choices ?? []).map((c) => ({ ...c, take: flip(c.take) })),
    all: options.take ? flip(options.take) : undefined,
  });
  const conflicts = plan.conflicts.map((c): SyncConflict => {
    const key = fieldKey(c.itemId, c.field);
    const change = net.get(key) as NetChange;
    return {
      itemId: c.itemId,
      field: c.field,
      baseKnown: true,
      base: c.base,
      ours: c.theirs,
      theirs: c.ours,
      by: change.author,
      at: change.at,
      choice: userChoice.get(key) ?? options.take ?? null,
    };
  });
  return { changes: resolved.changes, conflicts, unresolved: resolved.unresolved.length, refused };
}
