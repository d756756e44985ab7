import { z } from 'zod';
import { MergeConflictSchema, MergeSideSchema } from '../api/merge-operations';
import { AnswerRecordSchema, RECORD_FIELDS } from '../records/answer-record';
import type { RecordField } from '../records/answer-record';
import type { FieldValue } from '../records/record-change';

/**
 * What a replica (a laptop's copy of a document on the organisation's server) and the server say to each
 * other: `POST /server/clone` and `POST /server/sync`. Both sides check what they receive with these.
 */

/** One field change of a replica's action: the field's value before it (its base) and after. */
export const SyncChangeSchema = z
  .object({
    itemId: z.string().min(1).max(200),
    field: z.enum(RECORD_FIELDS),
    before: z.unknown(),
    after: z.unknown(),
  })
  .superRefine((change, context) => {
    const schema = AnswerRecordSchema.shape[change.field];
    for (const side of ['before', 'after'] as const) {
      if (!schema.safeParse(change[side]).success)
        context.addIssue({ code: 'custom', path: [side], message: `not a value of ${change.field}` });
    }
  })
  .transform((c) => c as { itemId: string; field: RecordField; before: FieldValue; after: FieldValue });
export type SyncChange = z.infer<typeof SyncChangeSchema>;

/** An action of the replica, by its id everywhere (`REPLICA_ID:LOCAL_REVISION`). */
export const SyncActionSchema = z.object({
  uid: z.string().min(3).max(200),
  at: z.string().max(60),
  author: z.string().max(200),
  changes: z.array(SyncChangeSchema).max(100_000),
});
export type SyncAction = z.infer<typeof SyncActionSchema>;

/** A file stored in the document, its bytes as base64. */
export const SyncAttachmentSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().min(1).max(1000),
  mediaType: z.string().max(200).nullable(),
  base64: z.string(),
});
export type SyncAttachment = z.infer<typeof SyncAttachmentSchema>;

export const CloneRequestSchema = z.object({ documentId: z.string().max(100) });
export const CloneReplySchema = z.object({
  documentId: z.string(),
  name: z.string(),
  revision: z.number().int(),
  /** The document as a workbench file (.rbw), base64. */
  base64: z.string(),
});
export type CloneReply = z.infer<typeof CloneReplySchema>;

export const SyncRequestSchema = z.object({
  documentId: z.string().max(100),
  replicaId: z.string().min(1).max(100),
  /** The server's revision the replica last saw: what it pulls is everything after it. */
  since: z.number().int().nonnegative(),
  actions: z.array(SyncActionSchema).max(100_000),
  /** Files the taken evidence points at. */
  attachments: z.array(SyncAttachmentSchema).max(1000),
  /** The ids of the files the replica holds (the server sends the others its records point at). */
  have: z.array(z.string().max(64)).max(100_000),
  /** How the user settles conflicts: per field, else one side for all ("mine": the replica's value). */
  take: MergeSideSchema.optional(),
  choices: z
    .array(z.object({ itemId: z.string(), field: z.enum(RECORD_FIELDS), take: MergeSideSchema }))
    .max(100_000)
    .optional(),
});
export type SyncRequest = z.infer<typeof SyncRequestSchema>;

/** A field the user's role may not write, refused with the reason (nothing written for it). */
export const SyncRefusalSchema = z.object({
  itemId: z.string(),
  field: z.enum(RECORD_FIELDS),
  reason: z.string(),
});
export type SyncRefusal = z.infer<typeof SyncRefusalSchema>;

/** A server action after `since`, with its changes as the server recorded them. */
export const PulledActionSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  author: z.string(),
  kind: z.string(),
  label: z.string().nullable(),
  /** Made from this replica's own actions (already in it). */
  own: z.boolean(),
  changes: z.array(z.object({ itemId: z.string(), field: z.enum(RECORD_FIELDS), after: z.unknown() })),
});
export type PulledAction = z.infer<typeof PulledActionSchema>;

export const SyncReplySchema = z.discriminatedUnion('status', [
  /** Conflicts left unsettled: nothing was written on the server; ours = the replica's value. */
  z.object({ status: z.literal('conflicts'), conflicts: z.array(MergeConflictSchema) }),
  z.object({
    status: z.literal('done'),
    /** The server's revision the replica has now seen. */
    revision: z.number().int(),
    /** Every action id of the request the server has now applied (this time or before). */
    applied: z.array(z.string()),
    /** Fields written on the server by this sync, and conflicts settled. */
    taken: z.number().int(),
    settled: z.array(MergeConflictSchema),
    refused: z.array(SyncRefusalSchema),
    pulled: z.array(PulledActionSchema),
    /** Every record and the metadata as the server holds them after the sync. */
    records: z.array(z.tuple([z.string(), AnswerRecordSchema])),
    metadata: z.unknown(),
    attachments: z.array(SyncAttachmentSchema),
  }),
]);
export type SyncReply = z.infer<typeof SyncReplySchema>;
