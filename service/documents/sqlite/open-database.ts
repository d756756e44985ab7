import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { ProblemError } from '../../../shared/problem';
import { storageProblem } from '../storage-problem';
import { Connection } from './connection';
import { DocumentDatabase } from './document-database';
import { DOCUMENT_FORMAT_VERSION, formatVersionOf, migrate } from './migrations';

/** PRAGMA application_id of a workbench document ('RBWb'), set by 001-init.sql. */
export const RBW_APPLICATION_ID = 0x52425762;

const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface OpenedDatabase {
  database: DocumentDatabase;
  /** The format version the document had when it had to be migrated, and where its backup went. */
  migrated: { from: number; backupPath: string } | null;
}

/**
 * Opens a document for editing after checking it: a SQLite file, a workbench document, not damaged
 * (integrity_check), not from a newer app. A document of an older format is first copied next to
 * itself (`NAME.rbw.v1.bak`) and then migrated. Anything wrong is a ProblemError naming the file, and
 * the file is left as it was.
 */
export async function openDatabase(path: string): Promise<OpenedDatabase> {
  const file = basename(path);
  checkHeader(path);
  const version = inspect(path);
  const connection = Connection.open(path, { mustExist: true });
  try {
    const database = DocumentDatabase.configure(connection);
    if (version === DOCUMENT_FORMAT_VERSION) return { database, migrated: null };
    const backupPath = freeName(`${path}.v${version}.bak`);
    await database.backupTo(backupPath);
    migrate(connection);
    return { database, migrated: { from: version, backupPath } };
  } catch (error) {
    connection.close();
    throw asProblem(error, file);
  }
}

/** Creates an empty document of the current format at `path` (which must not exist yet). */
export function createDatabase(path: string): DocumentDatabase {
  const connection = Connection.open(path, { mustExist: false });
  try {
    const database = DocumentDatabase.configure(connection);
    migrate(connection);
    return database;
  } catch (error) {
    connection.close();
    throw error;
  }
}

function checkHeader(path: string): void {
  if (!existsSync(path)) throw new ProblemError([{ code: 'file.notFound', where: { file: path } }]);
  const header = Buffer.alloc(SQLITE_HEADER.length);
  let read: number;
  try {
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, header, 0, header.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const problem = { code: 'file.unreadable', params: { message: (error as Error).message } };
    throw new ProblemError([{ ...problem, where: { file: basename(path) } }]);
  }
  if (read < header.length || header.toString('latin1') !== SQLITE_HEADER) {
    throw new ProblemError([{ code: 'document.notSqlite', where: { file: basename(path) } }]);
  }
}

/**
 * Reads what decides whether to open: the application id, the format version and the integrity check.
 * Returns the version. Nothing here writes to the file; the connection is not read-only only because a
 * read-only connection leaves the -wal and -shm files of a WAL document behind when it closes.
 */
function inspect(path: string): number {
  const file = basename(path);
  let connection: Connection | undefined;
  try {
    connection = Connection.open(path, { mustExist: true });
    const db = connection.db;
    if (db.pragma('application_id', { simple: true }) !== RBW_APPLICATION_ID) {
      throw new ProblemError([{ code: 'document.notWorkbench', where: { file } }]);
    }
    const version = formatVersionOf(connection);
    if (version > DOCUMENT_FORMAT_VERSION) {
      throw new ProblemError([
        {
          code: 'document.newerVersion',
          params: { version, supported: DOCUMENT_FORMAT_VERSION },
          where: { file },
        },
      ]);
    }
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity[0]?.integrity_check !== 'ok') {
      const detail = integrity[0]?.integrity_check ?? '';
      throw new ProblemError([{ code: 'document.damaged', params: { detail }, where: { file } }]);
    }
    return version;
  } catch (error) {
    throw asProblem(error, file);
  } finally {
    connection?.close();
  }
}

/** SQLite's own complaints about a file (malformed, not a database, unwritable) as problems. */
const asProblem = (error: unknown, file: string): unknown => storageProblem(error, file) ?? error;

/** `NAME`, or `NAME-2`, `NAME-3` … when a file of that name is already there. */
function freeName(path: string): string {
  if (!existsSync(path)) return path;
  for (let n = 2; ; n++) if (!existsSync(`${path}-${n}`)) return `${path}-${n}`;
}
