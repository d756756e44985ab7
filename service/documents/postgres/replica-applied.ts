import { z } from 'zod';
import { checkedRows } from '../storage/rows';
import type { SyncClient } from './sync-client';

const UidRowSchema = z.object({ action_uid: z.string() });
const RevisionRowSchema = z.object({ revision: z.number().int() });

/**
 * The ids of the replicas' actions the server has applied to a document (table `replica_applied`),
 * written in the transaction that applies them: a sync repeated after a cut finds them and applies
 * nothing twice. Called inside the document's write or read transaction (the client is synchronous).
 */
export class ReplicaApplied {
  constructor(
    private readonly client: SyncClient,
    private readonly documentId: string,
  ) {}

  /** Which of these action ids were applied already. */
  known(uids: readonly string[]): Set<string> {
    if (uids.length === 0) return new Set();
    const rows = this.client.query(
      'SELECT action_uid FROM replica_applied WHERE document_id = $1 AND action_uid = ANY($2::text[])',
      [this.documentId, uids],
    );
    return new Set(
      checkedRows(UidRowSchema, rows, 'replica_applied', 'replica_applied').map((r) => r.action_uid),
    );
  }

  /** Records action ids as applied; `revision` is the server action they became (null: nothing to write). */
  add(replicaId: string, uids: readonly string[], revision: number | null): void {
    for (const uid of uids) {
      this.client.query(
        `INSERT INTO replica_applied (document_id, action_uid, replica_id, revision) VALUES ($1, $2, $3, $4)`,
        [this.documentId, uid, replicaId, revision],
      );
    }
  }

  /** The server revisions made from a replica's actions after `since`. */
  revisionsOf(replicaId: string, since: number): Set<number> {
    const rows = this.client.query(
      `SELECT DISTINCT revision FROM replica_applied
       WHERE document_id = $1 AND replica_id = $2 AND revision > $3`,
      [this.documentId, replicaId, since],
    );
    return new Set(
      checkedRows(RevisionRowSchema, rows, 'replica_applied', 'replica_applied').map((r) => r.revision),
    );
  }
}
