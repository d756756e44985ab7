import { closeSync, existsSync, openSync, readSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { ProblemError } from '../../../shared/problem';
import { storageProblem } from '../storage-problem';
import { Connection } from './connection';
import { DocumentDatabase } from './document-database';
import { DOCUMENT_FORMAT_VERSION, formatVersionOf, migrate } from './migrations';
import { canWriteBeside, privateCopy } from './read-only-copy';
import { schemaMismatch } from './schema-check';

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
  // A document that cannot be written where it lies is read from a private copy; edits are refused.
  if (!canWriteBeside(path)) {
    return openCopy(path, new ProblemError([{ code: 'document.readOnly', where: { file } }]));
  }
  const sidecars = SIDECARS.filter((suffix) => !existsSync(path + suffix));
  try {
    return await openInPlace(path);
  } catch (error) {
    const problem = asProblem(error, path);
    if (!(problem instanceof ProblemError) || problem.problems[0]?.code !== 'document.diskFull')
      throw problem;
    // A full disk: SQLite could not even create its -wal and -shm files. Read a private copy (elsewhere)
    // instead, so that showing, scoring and exporting still work; edits say that the disk is full.
    for (const suffix of sidecars) rmSync(path + suffix, { force: true });
    return openCopy(path, problem);
  }
}

const SIDECARS = ['-wal', '-shm'] as const;

async function openInPlace(path: string): Promise<OpenedDatabase> {
  const version = inspect(path, basename(path));
  const connection = Connection.open(path, { mustExist: true });
  try {
    const database = DocumentDatabase.configure(connection, basename(path));
    if (version === DOCUMENT_FORMAT_VERSION) return { database, migrated: null };
    return { database, migrated: await migrateWithBackup(database, path, version) };
  } catch (error) {
    connection.close();
    throw asProblem(error, path);
  }
}

/** Opens a private copy of a document that cannot be written where it lies; every edit gets `refusal`. */
function openCopy(path: string, refusal: ProblemError): OpenedDatabase {
  let copy: ReturnType<typeof privateCopy> | undefined;
  let connection: Connection | undefined;
  try {
    copy = privateCopy(path);
    const version = inspect(copy.path, basename(path));
    connection = Connection.open(copy.path, { mustExist: true, onClose: copy.remove });
    const database = DocumentDatabase.configure(connection, basename(path));
    // The copy is brought up to date in place; the original stays as it was.
    if (version !== DOCUMENT_FORMAT_VERSION) migrate(connection);
    database.readOnly = refusal;
    return { database, migrated: null };
  } catch (error) {
    if (connection) connection.close();
    else copy?.remove();
    throw asProblem(error, copy?.path ?? path);
  }
}

/**
 * Copies an older document next to itself (`NAME.rbw.v1.bak`), then migrates it: one backup per real
 * migration. A migration that fails before changing the version leaves no backup behind.
 */
async function migrateWithBackup(database: DocumentDatabase, path: string, version: number) {
  const backupPath = freeName(`${path}.v${version}.bak`);
  await database.copyTo(backupPath);
  try {
    migrate(database.connection);
  } catch (error) {
    if (formatVersionOf(database.connection) === version) rmSync(backupPath, { force: true });
    throw error;
  }
  return { from: version, backupPath };
}

/**
 * Creates an empty document of the current format at `path` (which must not exist yet). `unsynced`: the
 * file is new under a temporary name and nothing in it counts until it is complete, so SQLite skips its
 * syncs (one per migration, the content, the checkpoint on closing); the caller syncs the closed file
 * once before giving it its name (see createDocument).
 */
export function createDatabase(path: string, { unsynced = false } = {}): DocumentDatabase {
  const connection = Connection.open(path, { mustExist: false });
  try {
    // Before WAL is switched on too: that switch is a sync of its own.
    if (unsynced) connection.db.pragma('synchronous = OFF');
    const database = DocumentDatabase.configure(connection, basename(path));
    if (unsynced) connection.db.pragma('synchronous = OFF');
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
function inspect(path: string, file: string): number {
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
    // Tables dropped, or a format version that does not match the tables: damaged, never migrated.
    const mismatch = schemaMismatch(connection, version);
    if (mismatch) {
      throw new ProblemError([
        {
          code: 'document.schemaMismatch',
          params: { version, detail: mismatch.detail },
          where: { file, field: mismatch.object },
        },
      ]);
    }
    return version;
  } catch (error) {
    throw asProblem(error, path);
  } finally {
    connection?.close();
  }
}

/** SQLite's own complaints about a file (malformed, not a database, unwritable) as problems. */
const asProblem = (error: unknown, fileOrPath: string): unknown => storageProblem(error, fileOrPath) ?? error;

/** `NAME`, or `NAME-2`, `NAME-3` … when a file of that name is already there. */
function freeName(path: string): string {
  if (!existsSync(path)) return path;
  for (let n = 2; ; n++) if (!existsSync(`${path}-${n}`)) return `${path}-${n}`;
}
