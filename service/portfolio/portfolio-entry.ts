import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { ProblemError } from '../../shared/problem';
import { tooLarge } from '../workbooks/read-workbook';
import { PACKAGE_LIMITS } from '../workbooks/package-limits';

/**
 * One entry of a portfolio's folder, checked before anything reads it: it must be a regular file (a
 * folder or a FIFO named `x.xlsx`, a link to `/dev/zero`, a link loop are refused naming the entry,
 * and the rest of the folder is still listed), and a workbook no larger than the limit every workbook
 * has. Opened without blocking, so that a FIFO never hangs the listing; checked on the opened file
 * itself, so that what is read is what was checked; read only up to the size it was checked for.
 */
export function checkEntry(path: string, shown: string): void {
  withEntry(path, shown, () => undefined);
}

/** The bytes of a workbook entry (see checkEntry): at most PACKAGE_LIMITS.fileBytes. */
export function readWorkbookEntry(path: string, shown: string): Buffer {
  return withEntry(path, shown, (fd, stats) => {
    if (stats.size > PACKAGE_LIMITS.fileBytes) throw new ProblemError([tooLarge(stats.size, shown)]);
    const bytes = Buffer.alloc(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  });
}

function withEntry<T>(path: string, shown: string, use: (fd: number, stats: Stats) => T): T {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw entryProblem(shown, (error as NodeJS.ErrnoException).code);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw entryProblem(shown, stats.isDirectory() ? 'EISDIR' : 'special');
    return use(fd, stats);
  } finally {
    closeSync(fd);
  }
}

function entryProblem(shown: string, code: string | undefined): ProblemError {
  const kind =
    code === 'EISDIR'
      ? 'folder'
      : code === 'ELOOP'
        ? 'linkLoop'
        : code === 'ENOENT'
          ? 'brokenLink'
          : code === 'special'
            ? 'special'
            : 'unreadable';
  return new ProblemError([
    { code: `file.entry.${kind}`, params: { code: code ?? '' }, where: { file: shown } },
  ]);
}
