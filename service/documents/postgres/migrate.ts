import { MIGRATION_FILES } from './migrations/migration-files';
import type { SyncClient } from './sync-client';

/** The schema version this version of the server writes: the number of its migrations. */
export const SERVER_SCHEMA_VERSION = MIGRATION_FILES.length;

/** Any number, the same in every server: the advisory lock held while migrating. */
const MIGRATION_LOCK = 0x52425753;

/**
 * Brings the organisation's database up to the current schema, one numbered migration per transaction,
 * under an advisory lock so that two servers starting at once migrate it once. Returns the version it
 * had. A database of a newer server is refused, not touched.
 */
export function migrateServerDatabase(client: SyncClient): number {
  client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const [row] = client.query('SELECT coalesce(max(version), 0) AS version FROM schema_migrations');
    const from = Number(row?.version ?? 0);
    if (from > SERVER_SCHEMA_VERSION) {
      throw new Error(`The database has schema ${from}; this server knows up to ${SERVER_SCHEMA_VERSION}.`);
    }
    MIGRATION_FILES.forEach(({ name, sql }, i) => {
      const version = i + 1;
      if (Number(name.slice(0, 3)) !== version) throw new Error(`Migration ${name} is out of sequence`);
      if (version <= from) return;
      client.query('BEGIN');
      try {
        client.query(sql);
        client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [version, name]);
        client.query('COMMIT');
      } catch (error) {
        client.query('ROLLBACK');
        throw error;
      }
    });
    return from;
  } finally {
    client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
