import Database from 'better-sqlite3';

/**
 * One connection to a document file and its prepared statements, each prepared once on first use and
 * reused for the life of the connection.
 */
export class Connection {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {}

  /** Opens a file; waits up to 5 s when another program holds the write lock before giving up. */
  static open(path: string, options: { mustExist: boolean }): Connection {
    return new Connection(new Database(path, { fileMustExist: options.mustExist, timeout: 5000 }));
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
    if (this.db.open) this.db.close();
  }
}
