import { statfsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { ProblemError } from '../../shared/problem';

/** Less free space than this beside a document that failed to write means the disk is full. */
const NEARLY_FULL_BYTES = 1024 * 1024;

/**
 * What the disk or SQLite said, as a problem the user can act on, or undefined for anything that is a
 * bug. A damaged file, a read-only disk or file, an unwritable one, a full disk and a busy document each
 * get their own message naming the file. `fileOrPath` names the document; given as a path, it also
 * tells where to look for free space: SQLite reports a full disk as a plain I/O error when the
 * operating system refuses to extend its -wal or -shm file.
 */
export function storageProblem(error: unknown, fileOrPath: string): ProblemError | undefined {
  if (error instanceof ProblemError) return error;
  const file = basename(fileOrPath);
  const code = String((error as { code?: unknown }).code ?? '');
  const detail = (error as Error).message ?? '';
  const problem = (key: string) => new ProblemError([{ code: key, params: { detail }, where: { file } }]);
  if (/^SQLITE_(CORRUPT|NOTADB|FORMAT|IOERR_SHORT_READ)/.test(code)) return problem('document.damaged');
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_')) return problem('document.busy');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return problem('document.diskFull');
  if (/^SQLITE_(IOERR|CANTOPEN)/.test(code) && diskIsFull(fileOrPath)) return problem('document.diskFull');
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return problem('document.readOnly');
  // EIO: the disk refused to flush a commit (wal-flush.ts).
  if (/^(SQLITE_(CANTOPEN|PERM|IOERR|AUTH)|EACCES|EPERM|EIO)/.test(code))
    return problem('document.cannotWrite');
  return undefined;
}

function diskIsFull(fileOrPath: string): boolean {
  if (!fileOrPath.includes('/') && !fileOrPath.includes('\\')) return false;
  try {
    const { bavail, bsize } = statfsSync(dirname(fileOrPath));
    return bavail * bsize < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
}

/** Runs `fn`; a storage failure becomes its problem, anything else is rethrown as the bug it is. */
export function withStorageProblems<T>(fileOrPath: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw storageProblem(error, fileOrPath) ?? error;
  }
}
