import { ProblemError } from '../../shared/problem';

/**
 * What the disk or SQLite said, as a problem the user can act on, or undefined for anything that is a
 * bug. A damaged file, a read-only file or folder, a full disk and a busy document each get their own
 * message naming the file.
 */
export function storageProblem(error: unknown, file: string): ProblemError | undefined {
  if (error instanceof ProblemError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const detail = (error as Error).message ?? '';
  const problem = (key: string) => new ProblemError([{ code: key, params: { detail }, where: { file } }]);
  if (/^SQLITE_(CORRUPT|NOTADB|FORMAT|IOERR_SHORT_READ)/.test(code)) return problem('document.damaged');
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_')) return problem('document.busy');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return problem('document.diskFull');
  if (/^(SQLITE_(READONLY|CANTOPEN|PERM|IOERR|AUTH)|EACCES|EPERM|EROFS)/.test(code)) {
    return problem('document.cannotWrite');
  }
  return undefined;
}

/** Runs `fn`; a storage failure becomes its problem, anything else is rethrown as the bug it is. */
export function withStorageProblems<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw storageProblem(error, file) ?? error;
  }
}
