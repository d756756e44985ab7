import { z } from 'zod';
import { RECORD_FIELDS } from '../records/answer-record';
import { SyncRefusalSchema } from '../replica/sync-protocol';
import { defineOperation } from './define-operation';
import { DocumentViewSchema, EditResultSchema } from './document-operations';
import { MergeConflictSchema, MergeSideSchema } from './merge-operations';

const DocumentRef = z.object({ documentId: z.string().min(1) });

/** A replica's server, account, actions waiting to be sent and last sync; null: not a replica. */
export const ReplicaStatusSchema = z
  .object({
    server: z.string(),
    login: z.string(),
    pending: z.number().int(),
    syncedAt: z.string().nullable(),
    revision: z.number().int(),
  })
  .nullable();
export type ReplicaStatus = z.infer<typeof ReplicaStatusSchema>;

/** What a sync did (as `rbw sync --json`), and the document's change for the window. */
export const ReplicaSyncOutcomeSchema = z.object({
  status: z.enum(['done', 'conflicts']),
  sent: z.number().int(),
  taken: z.number().int(),
  pulled: z.number().int(),
  conflicts: z.array(MergeConflictSchema),
  refused: z.array(SyncRefusalSchema),
  revision: z.number().int(),
  syncedAt: z.string().nullable(),
  result: EditResultSchema.nullable(),
});
export type ReplicaSyncOutcome = z.infer<typeof ReplicaSyncOutcomeSchema>;

/** Where to sign in to fetch a replica from the window ("Ambil dari server"). */
const ServerAccountSchema = z.object({
  server: z.string().min(1),
  login: z.string().min(1),
  password: z.string().min(1),
});

/** A document of the server the user may take a replica of. */
export const ServerDocumentSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string().nullish(),
  year: z.number().int().nullish(),
});
export type ServerDocument = z.infer<typeof ServerDocumentSchema>;

/** A laptop's replica of a document on the organisation's server (issue 25). */
export const REPLICA_OPERATIONS = {
  'replica.status': defineOperation(DocumentRef, ReplicaStatusSchema),
  /** Sends the replica's actions and takes the others'; with conflicts unsettled nothing is written. */
  'replica.sync': defineOperation(
    DocumentRef.extend({
      take: MergeSideSchema.optional(),
      choices: z
        .array(z.object({ itemId: z.string(), field: z.enum(RECORD_FIELDS), take: MergeSideSchema }))
        .optional(),
    }),
    ReplicaSyncOutcomeSchema,
  ),
  /** Signs in to a server and lists the documents the user may take a replica of. */
  'replica.serverDocuments': defineOperation(ServerAccountSchema, z.array(ServerDocumentSchema)),
  /** A replica of the server's document in the workbench's folder (as `rbw clone`), opened. */
  'replica.clone': defineOperation(
    ServerAccountSchema.extend({
      documentId: z.string().min(1),
      /** The document's name on the server, for the file's (else the id's beginning). */
      name: z.string().min(1).optional(),
    }),
    DocumentViewSchema,
  ),
} as const;
