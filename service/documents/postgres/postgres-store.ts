import { ProblemError } from '../../../shared/problem';
import type { DocumentStore, ReadableDB, WritableDB } from '../storage/document-store';
import { PgHistory } from './pg-history';
import type { DocumentKey } from './pg-tables';
import { PgSurveys } from './pg-surveys';
import { PgFiles, PgMeta, PgRecords, PgSnapshots, PgYearly } from './pg-tables';
import type { SyncClient } from './sync-client';

/**
 * A document kept in the organisation's PostgreSQL database. Every write transaction first locks the
 * document's row (SELECT … FOR UPDATE), so writes to one document are serialised across connections and
 * servers, and counts a commit in its `version` (what `changeToken` compares, to catch up with another
 * server's edits). The client is shared by every document this process has open; its calls are
 * synchronous, so one transaction runs to its end before another begins.
 */
export class PostgresDocumentStore implements DocumentStore {
  readonly readOnly: ProblemError | null = null;
  private readonly tables: WritableDB;
  private depth = 0;
  /** The document's version after this store's last look or commit, and how many others' commits it saw. */
  private known: number;
  private othersCommits = 0;

  constructor(
    private readonly client: SyncClient,
    readonly documentId: string,
    readonly name: string,
  ) {
    const key: DocumentKey = { client, id: documentId, file: name };
    const tables = {
      meta: new PgMeta(key),
      records: new PgRecords(key),
      history: new PgHistory(key),
      snapshots: new PgSnapshots(key),
      files: new PgFiles(key),
      yearly: new PgYearly(key),
      surveys: new PgSurveys(key),
    };
    // The brand exists only as a type: nothing outside a write transaction can name a WritableDB.
    this.tables = tables as typeof tables & { readonly __writable_db: never };
    this.known = this.version();
  }

  read<T>(fn: (db: ReadableDB) => T): T {
    if (this.depth > 0) return this.nested(fn);
    return this.transaction('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', fn, false);
  }

  write<T>(fn: (db: WritableDB) => T): T {
    if (this.depth > 0) return this.nested(fn);
    return this.transaction('BEGIN', fn, true);
  }

  /** A commit here is durable when it returns (PostgreSQL's own fsync): nothing is deferred. */
  deferringSync<T>(act: () => T): T {
    return act();
  }

  durable(): Promise<void> {
    return Promise.resolve();
  }

  changeToken(): number {
    const version = this.version();
    if (version !== this.known) {
      this.othersCommits++;
      this.known = version;
    }
    return this.othersCommits;
  }

  async copyTo(path: string): Promise<void> {
    const { copyToFile } = await import('./copy-to-file');
    copyToFile(this, path);
  }

  close(): void {
    // The connection is the server's, shared by its documents: nothing of this document to release.
  }

  private nested<T>(fn: (db: WritableDB) => T): T {
    this.depth++;
    try {
      return fn(this.tables);
    } finally {
      this.depth--;
    }
  }

  private transaction<T>(begin: string, fn: (db: WritableDB) => T, writes: boolean): T {
    this.client.query(begin);
    this.depth++;
    try {
      if (writes) this.lock();
      const result = fn(this.tables);
      if (writes) {
        const [row] = this.client.query(
          'UPDATE documents SET version = version + 1 WHERE id = $1 RETURNING version',
          [this.documentId],
        );
        this.client.query('COMMIT');
        this.known = Number(row?.version);
      } else {
        this.client.query('COMMIT');
      }
      return result;
    } catch (error) {
      this.client.query('ROLLBACK');
      throw error;
    } finally {
      this.depth--;
    }
  }

  /** Takes the document's write lock (its row), and notes whether someone else committed meanwhile. */
  private lock(): void {
    const [row] = this.client.query('SELECT version FROM documents WHERE id = $1 FOR UPDATE', [
      this.documentId,
    ]);
    if (!row) throw new ProblemError([{ code: 'document.notOpen', params: { id: this.documentId } }]);
    const version = Number(row.version);
    if (version !== this.known) {
      this.othersCommits++;
      this.known = version;
    }
  }

  private version(): number {
    const [row] = this.client.query('SELECT version FROM documents WHERE id = $1', [this.documentId]);
    if (!row) throw new ProblemError([{ code: 'document.notOpen', params: { id: this.documentId } }]);
    return Number(row.version);
  }
}
