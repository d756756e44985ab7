import { ProblemError } from '../../../shared/problem';
import { Connection } from './connection';
import { FilesTable } from './files-table';
import { HistoryTable } from './history-table';
import { MetaTable } from './meta-table';
import { RecordsTable } from './records-table';
import { SnapshotsTable } from './snapshots-table';
import { SurveysTable } from './surveys-table';

/**
 * The database of one open document. Together with the other files of service/documents/sqlite/ this
 * is the only place that speaks SQL; everything else calls these tables.
 */
export class DocumentDatabase {
  readonly meta: MetaTable;
  readonly records: RecordsTable;
  readonly history: HistoryTable;
  readonly snapshots: SnapshotsTable;
  readonly files: FilesTable;
  readonly surveys: SurveysTable;

  /**
   * Set when the document lies on a read-only disk or in a folder the user cannot write: it is read from
   * a private copy, and every edit is refused with this problem.
   */
  readOnly: ProblemError | null = null;

  constructor(readonly connection: Connection) {
    this.meta = new MetaTable(connection);
    this.records = new RecordsTable(connection);
    this.history = new HistoryTable(connection);
    this.snapshots = new SnapshotsTable(connection);
    this.files = new FilesTable(connection);
    this.surveys = new SurveysTable(connection);
  }

  /**
   * Settings of every connection that edits a document: WAL, so that another program reading it never
   * blocks an edit; synchronous FULL, so that an edit that returned survives a power cut, not only a
   * crash of the app; foreign keys checked.
   */
  static configure(connection: Connection): DocumentDatabase {
    connection.db.pragma('journal_mode = WAL');
    connection.db.pragma('synchronous = FULL');
    connection.db.pragma('foreign_keys = ON');
    return new DocumentDatabase(connection);
  }

  /** Changes whenever another connection (another program) commits to the file. */
  dataVersion(): number {
    return this.connection.db.pragma('data_version', { simple: true }) as number;
  }

  /** Runs `fn` as one write transaction, taking the write lock first so that reads inside it are current. */
  write<T>(fn: () => T): T {
    if (this.readOnly) throw this.readOnly;
    return this.connection.db.transaction(fn).immediate();
  }

  /** Runs `fn` as one read transaction: everything it reads comes from the same moment. */
  read<T>(fn: () => T): T {
    return this.connection.db.transaction(fn).deferred();
  }

  /** A consistent copy of the document in another file, through SQLite's online backup. */
  async backupTo(path: string): Promise<void> {
    await this.connection.db.backup(path);
  }

  close(): void {
    this.connection.close();
  }
}

export { Connection };
