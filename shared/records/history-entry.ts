import { z } from 'zod';
import { RECORD_FIELDS, AnswerRecordSchema } from './answer-record';
import { DocumentMetadataSchema } from './document-metadata';

/**
 * What a user action was: one field set (`edit`), many values at once (`paste`), a snapshot restored,
 * a file attached, the metadata changed, an undo / redo of earlier actions, or a file merged in (`merge`,
 * labelled "<file> (<pokja>)").
 */
export const ACTION_KINDS = [
  'edit',
  'paste',
  'restore',
  'attach',
  'metadata',
  'undo',
  'redo',
  'merge',
  'survey',
] as const;
export const ActionKindSchema = z.enum(ACTION_KINDS);
export type ActionKind = z.infer<typeof ActionKindSchema>;

/**
 * Where an action stands on the undo stack: `done` can be undone, `undone` can be redone, `discarded`
 * was undone and then overtaken by a new edit. Undo and redo entries are only a record (null).
 */
export const ActionStateSchema = z.enum(['done', 'undone', 'discarded']).nullable();
export type ActionState = z.infer<typeof ActionStateSchema>;

const SurveyPointerSchema = z.object({ name: z.string().min(1), version: z.number().int().nullable() });

const FieldValueSchema = AnswerRecordSchema.shape.answer
  .or(z.string())
  .or(AnswerRecordSchema.shape.evidence)
  .or(z.null());

export const HistoryChangeSchema = z.union([
  z.object({
    itemId: z.string(),
    field: z.enum(RECORD_FIELDS),
    before: FieldValueSchema,
    after: FieldValueSchema,
  }),
  z.object({
    itemId: z.null(),
    field: z.literal('metadata'),
    before: DocumentMetadataSchema,
    after: DocumentMetadataSchema,
  }),
  z.object({
    itemId: z.null(),
    field: z.literal('survey'),
    before: SurveyPointerSchema,
    after: SurveyPointerSchema,
  }),
]);

/** One user action as history shows it: when, who, what, and every field it changed (old → new). */
export const HistoryEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  author: z.string(),
  kind: ActionKindSchema,
  /** The snapshot restored, the file attached; null for plain edits. */
  label: z.string().nullable(),
  state: ActionStateSchema,
  /** For undo and redo: the action they took back or did again. */
  target: z.number().int().nullable(),
  changes: z.array(HistoryChangeSchema),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
