import { z } from 'zod';
import { checkedRows } from '../storage/rows';
import type { SyncClient } from './sync-client';

const num = z.number().nullable();

const PortfolioRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  metadata: z.string().nullable(),
  revision: z.number().int(),
  overdue: z.number().int(),
  scored_revision: num,
  total: num,
  category: z.string().nullable(),
  total_error: z.string().nullable(),
  incomplete: z.boolean().nullable(),
  answered: num,
  questions: num,
  model: z.string().nullable(),
});
export type PortfolioRow = z.infer<typeof PortfolioRowSchema>;

/**
 * One row per document of an organisation (or of the documents given) for the live portfolio: the
 * figures of its stored scores (kept current by every write), its revision, and its follow-ups past their
 * month (`month`: this month, YYYY-MM) — one query, no document opened, no formula engine.
 */
export function portfolioRows(
  client: SyncClient,
  organisationId: number,
  month: string,
  only: readonly string[] | null,
): PortfolioRow[] {
  const rows = client.query(
    `SELECT d.id::text AS id, d.name, md.value AS metadata,
       coalesce((SELECT max(a.id) FROM actions a WHERE a.document_id = d.id), 0) AS revision,
       (SELECT count(*)::int FROM recommendations r WHERE r.document_id = d.id AND r.status <> 'selesai'
          AND r.due_month IS NOT NULL AND r.due_month < $2) AS overdue,
       s.revision AS scored_revision, s.total, s.category, s."totalError" AS total_error,
       s.incomplete, s.answered, s.questions, s.model
     FROM documents d
     LEFT JOIN document_meta md ON md.document_id = d.id AND md.key = 'metadata'
     LEFT JOIN document_meta m ON m.document_id = d.id AND m.key = 'storedScores'
     -- The stored scores' JSON read once per document, only the fields listed.
     LEFT JOIN LATERAL json_to_record(m.value::json) AS s (revision int, total float8, category text,
       "totalError" text, incomplete boolean, answered int, questions int, model text) ON true
     WHERE d.organisation_id = $1 AND ($3::uuid[] IS NULL OR d.id = ANY ($3::uuid[]))
     ORDER BY d.name, d.id`,
    [organisationId, month, only],
  );
  return checkedRows(PortfolioRowSchema, rows, 'documents', 'portfolio');
}

/** The documents a user is assigned to (a pokja member's, an evaluator's). */
export function assignedDocuments(client: SyncClient, userId: number): string[] {
  return client
    .query('SELECT document_id::text AS id FROM memberships WHERE user_id = $1', [userId])
    .map((row) => String(row.id));
}
