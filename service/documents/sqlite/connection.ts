import Database from 'better-sqlite3';

/**
 * One connection to a document file and its prepared statements, each prepared once on first use and
 * reused for the life of the connection.
 */
export class Connection {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    readonly db: Database.Database,
    private readonly onClose?: () => void,
  ) {}

  /**
   * Opens a file; waits up to 5 s when another program holds the write lock before giving up.
   * `onClose` runs once the connection is closed (to remove a private copy).
   */
  static open(path: string, options: { mustExist: boolean; onClose?: () => void }): Connection {
    return new Connection(
      new Database(path, { fileMustExist: options.mustExist, timeout: 5000 }),
      options.onClose,
    );
  }

  statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  close(): void {
    this.statements.clear();
    if (!this.db.open) return;
    this.db.close();
    this.onClose?.();
  }
}
