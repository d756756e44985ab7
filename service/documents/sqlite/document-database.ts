import type { ProblemError } from '../../../shared/problem';
import type { DocumentStore, ReadableDB, WritableDB } from '../storage/document-store';
import { Connection } from './connection';
import { FilesTable } from './files-table';
import { HistoryTable } from './history-table';
import { MetaTable } from './meta-table';
import { RecordsTable } from './records-table';
import { SnapshotsTable } from './snapshots-table';
import { SurveysTable } from './surveys-table';
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
   * crash of the app; foreign keys checked.
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
    return this.connection.db.transaction(() => fn(this.tables)).immediate();
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
    this.connection.close();
  }
}

export { Connection };
