import { z } from 'zod';
import { AnswerRecordSchema, RECORD_FIELDS } from '../records/answer-record';
import { defineOperation } from './define-operation';
import { EditResultSchema } from './document-operations';

const FieldValueSchema = AnswerRecordSchema.shape.answer
  .or(z.string())
  .or(AnswerRecordSchema.shape.evidence)
  .or(z.null());
const FieldSchema = z.enum(RECORD_FIELDS);
export const MergeSideSchema = z.enum(['theirs', 'mine']);

/** A field both sides changed differently (or, for a file without a base, that differs). */
export const MergeConflictSchema = z.object({
  itemId: z.string(),
  field: FieldSchema,
  baseKnown: z.boolean(),
  base: FieldValueSchema,
  ours: FieldValueSchema,
  theirs: FieldValueSchema,
  /** The row of the pokja's file holding it (1-based); null for a document. */
  row: z.number().int().nullable(),
  /** Who last changed the document's side since the base, and when (null: not in its history). */
  changedBy: z.string().nullable(),
  changedAt: z.string().nullable(),
  /** The same for the other copy of a document. */
  theirsBy: z.string().nullable(),
  theirsAt: z.string().nullable(),
  /** The side chosen for it (null: not settled yet). */
  choice: MergeSideSchema.nullable(),
  /**
   * A pokja's file holding it on several rows with different values (a conflict inside the file): each
   * row (1-based) and its value. Only the file can settle it, or keeping the document's value.
   */
  inFile: z.array(z.object({ row: z.number().int(), value: FieldValueSchema })).optional(),
});
export type MergeConflictView = z.infer<typeof MergeConflictSchema>;

/** What a merge does, or would do (`applied` false): every change and every conflict. */
export const MergeOutcomeSchema = z.object({
  kind: z.enum(['pokja', 'document']),
  fileName: z.string(),
  /** The pokja of a pokja's file; null for a document. */
  pokja: z.string().nullable(),
  /** Whether the merge compared with the base (else every difference is for the user to choose). */
  baseKnown: z.boolean(),
  changes: z.array(
    z.object({ itemId: z.string(), field: FieldSchema, before: FieldValueSchema, after: FieldValueSchema }),
  ),
  conflicts: z.array(MergeConflictSchema),
  /** Without a base: filled fields an empty cell would blank, kept (unless blanks are allowed). */
  blanksKept: z.array(z.object({ itemId: z.string(), field: FieldSchema, ours: FieldValueSchema })),
  /** Conflicts without a chosen side: while any is left, nothing is written. */
  unresolved: z.number().int(),
  applied: z.boolean(),
  result: EditResultSchema.nullable(),
});
export type MergeOutcome = z.infer<typeof MergeOutcomeSchema>;

const MergeOptionsSchema = z.object({
  documentId: z.string().min(1),
  /** Only show what the merge would do. */
  dryRun: z.boolean().optional(),
  /** Let an empty cell of a file without a base blank a filled field (still after a choice). */
  allowBlank: z.boolean().optional(),
  /** Settles every conflict left one way. */
  take: MergeSideSchema.optional(),
  /** Settles conflicts one by one. */
  choices: z.array(z.object({ itemId: z.string(), field: FieldSchema, take: MergeSideSchema })).optional(),
});

/** Merging a pokja's file or another copy of the document (`.rbw`), three ways. */
export const MERGE_OPERATIONS = {
  /**
   * Merges `path` (or an uploaded file) into the document: a pokja's file (`.xlsx`) against the values
   * it was exported with, another copy of the document (`.rbw`) against their shared history. Applied as
   * one undoable action only when no conflict is left unsettled; otherwise nothing is written.
   */
  'app.merge': defineOperation(
    z.union([
      MergeOptionsSchema.extend({ path: z.string().min(1) }),
      MergeOptionsSchema.extend({ fileName: z.string().min(1), contentBase64: z.string().min(1) }),
    ]),
    MergeOutcomeSchema,
  ),
} as const;
