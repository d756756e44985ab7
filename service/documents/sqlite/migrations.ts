import { MIGRATION_FILES } from '../migrations/migration-files';
import type { Connection } from './connection';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The numbered SQL files of service/documents/migrations, in order: file NNN brings a document to
 * version NNN. They reach the code through migration-files.ts, generated from them, because a bundle
 * (the Electron main process) cannot read files beside its sources.
 */
export const MIGRATIONS: readonly Migration[] = MIGRATION_FILES.map(({ name, sql }, i) => {
  const version = Number(name.slice(0, 3));
  if (version !== i + 1) throw new Error(`Migration ${name} is out of sequence`);
  return { version, name, sql };
});

/** The document format this version of the app writes (PRAGMA user_version). */
export const DOCUMENT_FORMAT_VERSION = MIGRATIONS.length;

export const formatVersionOf = (connection: Connection): number =>
  connection.db.pragma('user_version', { simple: true }) as number;

/**
 * Brings a document up to `target`, one migration per transaction with its version number, so that a
 * crash leaves it at a whole version. Another program migrating the same file at the same moment is
 * harmless: the version is read again inside each write transaction.
 */
export function migrate(connection: Connection, target = DOCUMENT_FORMAT_VERSION): void {
  for (const migration of MIGRATIONS) {
    if (migration.version > target) return;
    connection.db
      .transaction(() => {
        if (formatVersionOf(connection) >= migration.version) return;
        connection.db.exec(migration.sql);
        connection.db.pragma(`user_version = ${migration.version}`);
      })
      .immediate();
  }
}
