import type { ProblemError } from '../../../shared/problem';
import type { DocumentStore, ReadableDB, WritableDB } from '../storage/document-store';
import { Connection } from './connection';
import { FilesTable } from './files-table';
import { HistoryTable } from './history-table';
import { MetaTable } from './meta-table';
import { RecordsTable } from './records-table';
import { SnapshotsTable } from './snapshots-table';
import { SurveysTable } from './surveys-table';
import { WalFlush } from './wal-flush';
import { YearlyTable } from './yearly-table';

/**
 * A document kept in a SQLite file of its own (the embedded engine). Together with the other files of
 * service/documents/sqlite/ this is the only place that speaks SQLite's SQL; the service sees only the
 * DocumentStore interface.
 */
export class DocumentDatabase implements DocumentStore {
  /** The tables, handed out only inside `read` (as ReadableDB) and `write` (as WritableDB). */
  private readonly tables: WritableDB;

  /**
   * Set when the document lies on a read-only disk or in a folder the user cannot write: it is read from
   * a private copy, and every edit is refused with this problem.
   */
  readOnly: ProblemError | null = null;

  /** The log's flushes of commits made inside deferringSync (null until the first). */
  private flush: WalFlush | null = null;
  private deferring = false;

  constructor(
    readonly connection: Connection,
    file: string,
  ) {
    const tables = {
      meta: new MetaTable(connection, file),
      records: new RecordsTable(connection, file),
      history: new HistoryTable(connection, file),
      snapshots: new SnapshotsTable(connection, file),
      files: new FilesTable(connection, file),
      yearly: new YearlyTable(connection, file),
      surveys: new SurveysTable(connection, file),
    };
    // The brand exists only as a type: nothing outside a write transaction can name a WritableDB.
    this.tables = tables as typeof tables & { readonly __writable_db: never };
  }

  /**
   * Settings of every connection that edits a document: WAL, so that another program reading it never
   * blocks an edit; synchronous FULL, so that an edit that returned survives a power cut, not only a
   * crash of the app (a window's edit is answered only once it is on the disk: see deferringSync);
   * foreign keys checked.
   */
  static configure(connection: Connection, file: string): DocumentDatabase {
    connection.db.pragma('journal_mode = WAL');
    connection.db.pragma('synchronous = FULL');
    connection.db.pragma('foreign_keys = ON');
    return new DocumentDatabase(connection, file);
  }

  /** Changes whenever another connection (another program) commits to the file (PRAGMA data_version). */
  changeToken(): number {
    return this.connection.db.pragma('data_version', { simple: true }) as number;
  }

  /** Runs `fn` as one write transaction, taking the write lock first so that reads inside it are current. */
  write<T>(fn: (db: WritableDB) => T): T {
    if (this.readOnly) throw this.readOnly;
    const value = this.connection.db.transaction(() => fn(this.tables)).immediate();
    if (this.deferring) (this.flush ??= new WalFlush(this.connection.db.name)).start();
    return value;
  }

  /**
   * Runs `act` with the sync of each commit it makes begun in the background instead of waited for
   * (`synchronous = NORMAL`, then the log flushed as wal-flush.ts explains): what `act` computes after
   * a commit (an edit's scores) overlaps the disk's work. `durable()` says when it is all on the disk;
   * nobody may be told of those commits before.
   */
  deferringSync<T>(act: () => T): T {
    if (this.deferring || this.readOnly) return act();
    this.connection.statement('PRAGMA synchronous = NORMAL').run();
    this.deferring = true;
    try {
      return act();
    } finally {
      this.deferring = false;
      this.connection.statement('PRAGMA synchronous = FULL').run();
    }
  }

  /** Settles once every commit made so far is on the disk; rejects when the disk refused a flush. */
  durable(): Promise<void> {
    return this.flush?.done() ?? Promise.resolve();
  }

  /** Runs `fn` as one read transaction: everything it reads comes from the same moment. */
  read<T>(fn: (db: ReadableDB) => T): T {
    return this.connection.db.transaction(() => fn(this.tables)).deferred();
  }

  /** A consistent copy of the document in another file, through SQLite's online backup. */
  async copyTo(path: string): Promise<void> {
    await this.connection.db.backup(path);
  }

  close(): void {
    this.flush?.close();
    this.flush = null;
    this.connection.close();
  }
}

export { Connection };
