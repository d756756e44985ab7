import Database from 'better-sqlite3';
import type { Connection } from './connection';
import { DOCUMENT_FORMAT_VERSION, MIGRATIONS } from './migrations';

/** The tables and indexes of one format version: name → kind and, for tables, their columns. */
type Schema = Map<string, { type: string; columns: string[] }>;

const schemas = new Map<number, Schema>();

/** What the numbered migrations up to `version` create, built once in memory. */
function schemaOf(version: number): Schema {
  let schema = schemas.get(version);
  if (!schema) {
    const db = new Database(':memory:');
    for (const migration of MIGRATIONS) if (migration.version <= version) db.exec(migration.sql);
    schema = readSchema(db);
    db.close();
    schemas.set(version, schema);
  }
  return schema;
}

function readSchema(db: Database.Database): Schema {
  const schema: Schema = new Map();
  const objects = db
    .prepare(
      "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'index')",
    )
    .all() as { type: string; name: string }[];
  for (const { type, name } of objects) {
    const columns =
      type === 'table'
        ? (db.prepare('SELECT name FROM pragma_table_info(?)').all(name) as { name: string }[]).map(
            (c) => c.name,
          )
        : [];
    schema.set(name, { type, columns });
  }
  return schema;
}

/** A difference between a document's tables and those of the format it claims: the object and why. */
export interface SchemaMismatch {
  object: string;
  detail: string;
}

/**
 * Whether a document has exactly the tables, columns and indexes of the format version it claims (the
 * ones its migrations create): a table dropped by hand, or a document claiming an older format than the
 * tables it has (which migrating would break), is damaged, not something to migrate. Objects the
 * workbench never made are left alone.
 */
export function schemaMismatch(connection: Connection, version: number): SchemaMismatch | undefined {
  if (version < 1) return { object: 'user_version', detail: `format ${version}` };
  const expected = schemaOf(version);
  const actual = readSchema(connection.db);
  for (const [name, object] of expected) {
    const found = actual.get(name);
    if (!found || found.type !== object.type)
      return { object: name, detail: `${object.type} ${name} missing` };
    const missing = object.columns.find((c) => !found.columns.includes(c));
    if (missing) return { object: name, detail: `column ${name}.${missing} missing` };
    const extra = found.columns.find((c) => !object.columns.includes(c));
    if (extra) return { object: name, detail: `column ${name}.${extra} of a later format` };
  }
  for (const [name, object] of schemaOf(DOCUMENT_FORMAT_VERSION)) {
    if (!expected.has(name) && actual.get(name)?.type === object.type) {
      return { object: name, detail: `${object.type} ${name} of a later format` };
    }
  }
  return undefined;
}
