import type { RecordField } from '../records/answer-record';
import type { FieldValue, RecordChange } from '../records/record-change';
import { sameValue } from '../records/record-change';

/**
 * One field of one item seen from the three sides of a merge: `base` as it was when the two sides went
 * apart (the export of a pokja's file, the last action two copies of a document share), `ours` as the
 * document holds it now, `theirs` as the file (or the other copy) holds it. `baseKnown` false: a file
 * without a base (an older export, a file made by hand).
 */
export interface FieldSides {
  itemId: string;
  field: RecordField;
  baseKnown: boolean;
  base: FieldValue;
  ours: FieldValue;
  theirs: FieldValue;
  /**
   * A pokja's file holding the field on several rows with different values: each row and its value.
   * A conflict inside the file, whatever the document holds; `theirs` is then the last row's value.
   */
  inFile?: InFileValue[] | undefined;
}

export interface InFileValue {
  /** The file's row (1-based). */
  row: number;
  value: FieldValue;
}

/**
 * What the merge does with one field:
 * - `keep`: the document's value stays (the file did not change it, or both made the same change);
 * - `take`: the file's value is written (only the file changed it);
 * - `conflict`: both changed it differently (or, without a base, they differ): nothing is written until
 *   a side is chosen;
 * - `blankKept`: without a base, an empty cell never blanks a filled field unless blanks are allowed.
 */
export type FieldOutcome = 'keep' | 'take' | 'conflict' | 'blankKept';

/** Null, an empty text or an empty evidence list: the field is not filled. */
export function isBlank(value: FieldValue): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Equal as stored data, every kind of blank being the same blank. */
export function sameField(a: FieldValue, b: FieldValue): boolean {
  return (isBlank(a) && isBlank(b)) || sameValue(a, b);
}

/** The rule of a three-way merge for one field (see FieldOutcome). */
export function mergeField(sides: FieldSides, options: { allowBlank?: boolean } = {}): FieldOutcome {
  const { base, ours, theirs } = sides;
  if (sides.inFile) return 'conflict';
  if (sameField(ours, theirs)) return 'keep';
  if (!sides.baseKnown) return isBlank(theirs) && !options.allowBlank ? 'blankKept' : 'conflict';
  if (sameField(theirs, base)) return 'keep';
  if (sameField(ours, base)) return 'take';
  return 'conflict';
}

/** A field both sides changed differently: both values and the base, for the user to choose. */
export interface MergeConflict {
  itemId: string;
  field: RecordField;
  baseKnown: boolean;
  base: FieldValue;
  ours: FieldValue;
  theirs: FieldValue;
  /** Rows of the file disagreeing on it (see FieldSides.inFile). */
  inFile?: InFileValue[] | undefined;
}

/** Everything a merge would do: the fields it takes, the conflicts to settle, the blanks it keeps. */
export interface MergePlan {
  /** Fields taken from the other side (before = ours, after = theirs), in the order given. */
  changes: RecordChange[];
  conflicts: MergeConflict[];
  /** Without a base: filled fields an empty cell would have blanked, kept as they are. */
  blanksKept: { itemId: string; field: RecordField; ours: FieldValue }[];
}

/** The merge of every field given (see mergeField). */
export function planMerge(sides: readonly FieldSides[], options: { allowBlank?: boolean } = {}): MergePlan {
  const plan: MergePlan = { changes: [], conflicts: [], blanksKept: [] };
  for (const s of sides) {
    const outcome = mergeField(s, options);
    if (outcome === 'take')
      plan.changes.push({ itemId: s.itemId, field: s.field, before: s.ours, after: s.theirs });
    else if (outcome === 'conflict') {
      const { itemId, field, baseKnown, base, ours, theirs, inFile } = s;
      plan.conflicts.push({ itemId, field, baseKnown, base, ours, theirs, ...(inFile ? { inFile } : {}) });
    } else if (outcome === 'blankKept')
      plan.blanksKept.push({ itemId: s.itemId, field: s.field, ours: s.ours });
  }
  return plan;
}

export type MergeSide = 'theirs' | 'mine';

/** How the user settles conflicts: per field, else one side for all that are left. */
export interface MergeChoices {
  fields?: readonly { itemId: string; field: RecordField; take: MergeSide }[] | undefined;
  all?: MergeSide | undefined;
}

/**
 * The changes to write once conflicts are settled: the plan's own, then the conflicts where the file's
 * side was chosen. Conflicts without a choice are returned as unresolved (then nothing may be written);
 * so are rows of the file disagreeing with each other when the file's side is chosen: which row is the
 * pokja's answer only the file can say (keeping the document's value settles them).
 */
export function resolveMerge(
  plan: MergePlan,
  choices: MergeChoices,
): { changes: RecordChange[]; unresolved: MergeConflict[] } {
  const chosen = new Map((choices.fields ?? []).map((c) => [fieldKey(c.itemId, c.field), c.take]));
  const changes = [...plan.changes];
  const unresolved: MergeConflict[] = [];
  for (const conflict of plan.conflicts) {
    const side = chosen.get(fieldKey(conflict.itemId, conflict.field)) ?? choices.all;
    if (side === undefined || (side === 'theirs' && conflict.inFile)) unresolved.push(conflict);
    else if (side === 'theirs') {
      changes.push({
        itemId: conflict.itemId,
        field: conflict.field,
        before: conflict.ours,
        after: conflict.theirs,
      });
    }
  }
  return { changes, unresolved };
}

/** One key per field of an item (codes hold dots, field names never do). */
export const fieldKey = (itemId: string, field: string): string => `${itemId}\u0000${field}`;
