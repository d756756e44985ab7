import { z } from 'zod';
import type { ActionRow } from '../storage/rows';
import { ActionRowSchema, checkedOptional, checkedRows } from '../storage/rows';
import type { Connection } from './connection';

const ReplicaRowSchema = z.object({
  server: z.string(),
  document_id: z.string(),
  login: z.string(),
  replica_id: z.string(),
  server_revision: z.number().int(),
  cloned_revision: z.number().int(),
  synced_at: z.string().nullable(),
});
export type ReplicaRow = z.infer<typeof ReplicaRowSchema>;

/**
 * A document's tables as a replica of a server's document (format 6, 006-replica.sql): which server and
 * document, and which local actions still wait to be sent. Used only inside the document's transactions
 * (DocumentDatabase.read / write on the same connection).
 */
export class ReplicaTable {
  constructor(
    private readonly connection: Connection,
    private readonly file: string,
  ) {}

  row(): ReplicaRow | undefined {
    return checkedOptional(
      ReplicaRowSchema,
      this.connection.statement('SELECT * FROM replica WHERE id = 1').get(),
      this.file,
      'replica',
    );
  }

  create(row: Omit<ReplicaRow, 'synced_at'>): void {
    this.connection
      .statement(
        `INSERT INTO replica (id, server, document_id, login, replica_id, server_revision, cloned_revision)
         VALUES (1, @server, @document_id, @login, @replica_id, @server_revision, @cloned_revision)`,
      )
      .run(row);
  }

  /** After a sync: the server's revision the replica has now seen, and when. */
  advance(serverRevision: number, at: string): void {
    this.connection
      .statement('UPDATE replica SET server_revision = ?, synced_at = ? WHERE id = 1')
      .run(serverRevision, at);
  }

  /** Local actions since the clone that were neither sent by the server nor applied by it, in order. */
  pending(clonedRevision: number): ActionRow[] {
    const rows = this.connection
      .statement(
        `SELECT * FROM actions WHERE id > ? AND id NOT IN (SELECT action_id FROM replica_actions) ORDER BY id`,
      )
      .all(clonedRevision);
    return checkedRows(ActionRowSchema, rows, this.file, 'actions');
  }

  mark(actionId: number, origin: 'server' | 'sent'): void {
    this.connection
      .statement('INSERT OR IGNORE INTO replica_actions (action_id, origin) VALUES (?, ?)')
      .run(actionId, origin);
  }
}
