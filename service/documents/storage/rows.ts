import { z } from 'zod';
import { ProblemError } from '../../../shared/problem';

/**
 * The rows every storage engine hands back, checked (zod) at the boundary instead of cast: a column of
 * the wrong type in a damaged or hand-edited document is one problem naming the table, never a value
 * the code above trusts. Domain checks (a record's answer against its type, an action's kind) follow
 * in the service, as for any input from outside.
 */
export const ActionRowSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  author: z.string(),
  kind: z.string(),
  label: z.string().nullable(),
  state: z.string().nullable(),
  target: z.number().int().nullable(),
});
export type ActionRow = z.infer<typeof ActionRowSchema>;

export const ChangeRowSchema = z.object({
  action_id: z.number().int(),
  item_id: z.string().nullable(),
  field: z.string(),
  before: z.string(),
  after: z.string(),
});
export type ChangeRow = z.infer<typeof ChangeRowSchema>;

/** A records row; `evidence` is JSON, answers keep their type (text or number). */
export const RecordRowSchema = z.object({
  item_id: z.string(),
  answer: z.union([z.string(), z.number(), z.null()]),
  note: z.string().nullable(),
  evidence: z.string(),
  reviewer_answer: z.union([z.string(), z.number(), z.null()]),
  reviewer_note: z.string().nullable(),
  pokja: z.string().nullable(),
  status: z.string().nullable(),
  target_month: z.string().nullable(),
});
export type RecordRow = z.infer<typeof RecordRowSchema>;

export const SnapshotRowSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  at: z.string(),
  author: z.string(),
  total: z.number(),
  reviewer_total: z.number(),
});
export type SnapshotRow = z.infer<typeof SnapshotRowSchema>;

export const SnapshotContentSchema = z.object({
  /** JSON: [itemId, record][] */
  records: z.string(),
  /** JSON: DocumentMetadata */
  metadata: z.string(),
});
export type SnapshotContent = z.infer<typeof SnapshotContentSchema>;

const BytesSchema = z.custom<Buffer>((value) => Buffer.isBuffer(value), 'bytes');

export const StoredFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string().nullable(),
  size: z.number().int(),
  bytes: BytesSchema,
});
export type StoredFile = z.infer<typeof StoredFileSchema>;

export const SourceWorkbookRowSchema = z.object({
  fileName: z.string(),
  size: z.number().int(),
  importedAt: z.string(),
});
export type SourceWorkbookRow = z.infer<typeof SourceWorkbookRowSchema>;

export const StoredWorkbookRowSchema = z.object({
  file_name: z.string(),
  bytes: BytesSchema,
  layout: z.string().nullable(),
  imported_at: z.string(),
});

export const RecommendationRowSchema = z.object({
  id: z.number().int(),
  target_id: z.string().nullable(),
  text: z.string(),
  source: z.string(),
  proposed: z.union([z.number(), z.boolean()]),
  pokja: z.string().nullable(),
  due_month: z.string().nullable(),
  status: z.string(),
  evidence: z.string().nullable(),
  created_at: z.string(),
  created_by: z.string(),
  updated_at: z.string(),
});
export type RecommendationRow = z.infer<typeof RecommendationRowSchema>;

export const CarriedRowSchema = z.object({
  item_id: z.string(),
  record: z.string(),
  confirmed_at: z.string().nullable(),
});
export type CarriedRow = z.infer<typeof CarriedRowSchema>;

export const ValueRowSchema = z.object({ value: z.string() });
export const KeyValueRowSchema = z.object({ key: z.string(), value: z.string() });
export const IdRowSchema = z.object({ id: z.string() });
export const JsonRowSchema = z.object({ json: z.string() });
export const RevisionRowSchema = z.object({ id: z.number().int().nullable() });
export const AuthorAtRowSchema = z.object({ author: z.string(), at: z.string() });

/** The row a query returned, checked; a row of another shape is a damaged document naming `table`. */
export function checkedRow<T>(schema: z.ZodType<T>, row: unknown, file: string, table: string): T {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  const field = `${table}.${parsed.error.issues[0]?.path.join('.') ?? ''}`;
  throw new ProblemError([{ code: 'document.damaged', params: { detail: field }, where: { file, field } }]);
}

/** `checkedRow` for an optional row. */
export const checkedOptional = <T>(
  schema: z.ZodType<T>,
  row: unknown,
  file: string,
  table: string,
): T | undefined => (row === undefined || row === null ? undefined : checkedRow(schema, row, file, table));

/** `checkedRow` for every row. */
export const checkedRows = <T>(schema: z.ZodType<T>, rows: unknown[], file: string, table: string): T[] =>
  rows.map((row) => checkedRow(schema, row, file, table));

export const SurveyVersionRowSchema = z.object({ id: z.number().int(), name: z.string(), json: z.string() });
export const StoredSurveyVersionSchema = SurveyVersionRowSchema.extend({
  createdAt: z.string(),
  createdBy: z.string(),
});
export const SurveyPointerSchema = z.object({ version: z.number().int() });
