import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { z } from 'zod';
import { ProblemError } from '../../../shared/problem';
import { openDatabase } from '../sqlite/open-database';
import { copyDocument } from '../storage/copy-document';
import type { WritableDB } from '../storage/document-store';
import { checkedOptional, checkedRows } from '../storage/rows';
import { migrateServerDatabase } from './migrate';
import { PostgresDocumentStore } from './postgres-store';
import { SyncClient } from './sync-client';

const DocumentRowSchema = z.object({ id: z.string(), name: z.string(), organisation_id: z.number().int() });
export type ServerDocument = z.infer<typeof DocumentRowSchema>;
const IdSchema = z.object({ id: z.number().int() });

/**
 * The organisation's database on the server: which documents exist and whose they are, and a store for
 * each. Opening it creates or migrates its schema.
 */
export class ServerDatabase {
  private constructor(readonly client: SyncClient) {}

  static open(url: string): ServerDatabase {
    const client = new SyncClient(url);
    try {
      migrateServerDatabase(client);
      return new ServerDatabase(client);
    } catch (error) {
      client.close();
      throw error;
    }
  }

  /** The organisation of this name, created when it is new. */
  organisation(name: string): number {
    const [row] = this.client.query(
      `INSERT INTO organisations (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = excluded.name
       RETURNING id`,
      [name],
    );
    return IdSchema.parse(row).id;
  }

  /** A new document of the organisation, filled by `fill` in the transaction that creates it; its id. */
  createDocument(organisationId: number, name: string, fill: (db: WritableDB) => void): string {
    const id = randomUUID();
    this.client.query('BEGIN');
    try {
      this.client.query('INSERT INTO documents (id, organisation_id, name) VALUES ($1, $2, $3)', [
        id,
        organisationId,
        name,
      ]);
      new PostgresDocumentStore(this.client, id, name).write(fill);
      this.client.query('COMMIT');
    } catch (error) {
      this.client.query('ROLLBACK');
      throw error;
    }
    return id;
  }

  /**
   * Uploads a document file (.rbw) with its whole history as a new document of the organisation; its id.
   * The file is checked (and an older format migrated) as on any open.
   */
  async pushFile(path: string, organisationId: number): Promise<string> {
    const { database } = await openDatabase(path);
    try {
      const name = basename(path);
      return database.read((from) =>
        this.createDocument(organisationId, name, (to) => copyDocument(from, to, name)),
      );
    } finally {
      database.close();
    }
  }

  document(id: string): ServerDocument | undefined {
    if (!z.uuid().safeParse(id).success) return undefined;
    const [row] = this.client.query(
      'SELECT id::text AS id, name, organisation_id FROM documents WHERE id = $1',
      [id],
    );
    return checkedOptional(DocumentRowSchema, row, id, 'documents');
  }

  documents(organisationId: number): ServerDocument[] {
    const rows = this.client.query(
      'SELECT id::text AS id, name, organisation_id FROM documents WHERE organisation_id = $1 ORDER BY name, id',
      [organisationId],
    );
    return checkedRows(DocumentRowSchema, rows, 'documents', 'documents');
  }

  /** The store of one document; ProblemError when there is no such document. */
  store(id: string): PostgresDocumentStore {
    const document = this.document(id);
    if (!document) throw new ProblemError([{ code: 'document.notOpen', params: { id } }]);
    return new PostgresDocumentStore(this.client, document.id, document.name);
  }

  close(): void {
    this.client.close();
  }
}
