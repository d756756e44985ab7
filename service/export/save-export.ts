import { constants } from 'node:fs';
import { access, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Problem } from '../../shared/problem';
import { ProblemError } from '../../shared/problem';

/**
 * The lock files office programs keep beside a workbook they have open: LibreOffice's `.~lock.NAME#`,
 * Excel's `~$NAME` (on some systems with the first two letters of a long name replaced). On Linux a file
 * open in LibreOffice can be replaced without any error, and the user would then save over the export
 * from the old copy on screen; the lock file is the only sign, so it is what we look for.
 */
function lockFiles(path: string): { file: string; app: string }[] {
  const folder = dirname(path);
  const name = basename(path);
  return [
    { file: join(folder, `.~lock.${name}#`), app: 'LibreOffice' },
    { file: join(folder, `~$${name}`), app: 'Excel' },
    { file: join(folder, `~$${name.slice(2)}`), app: 'Excel' },
  ];
}

/**
 * Checks that an export may be written to `path`: an .xlsx name, an existing folder we may write in,
 * and no file there that is read-only or open in LibreOffice or Excel. Throws a ProblemError naming the
 * file otherwise; nothing is written.
 */
export async function checkExportTarget(path: string): Promise<void> {
  const file = basename(path);
  const refuse = (code: string, params?: Problem['params']): never => {
    throw new ProblemError([{ code, ...(params ? { params } : {}), where: { file } }]);
  };
  if (extname(path).toLowerCase() !== '.xlsx') refuse('export.notXlsx');
  const folder = dirname(path);
  if (!(await exists(folder))) refuse('export.noFolder', { folder });
  for (const lock of lockFiles(path)) {
    if (await exists(lock.file)) refuse('export.openElsewhere', { app: lock.app, lock: basename(lock.file) });
  }
  const target = await stat(path).catch(() => null);
  if (target?.isDirectory()) refuse('export.notAFile');
  // No write bit at all is a file marked read-only, even for a user (root) whom the system would let write.
  if (target && ((target.mode & 0o222) === 0 || !(await writable(path)))) refuse('export.readOnly');
  if (!(await writable(folder))) refuse('export.folderReadOnly', { folder });
}

/**
 * Writes an export: first to a temporary file beside the target, flushed to disk, which then replaces
 * the target in one rename, so that a crash or a full disk never leaves half a workbook under the
 * user's name and an existing file is replaced only by a complete one.
 */
export async function saveExport(path: string, bytes: Uint8Array): Promise<void> {
  await checkExportTarget(path);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The target may have been opened while we were writing.
    await checkExportTarget(path);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    if (error instanceof ProblemError) throw error;
    const code = String((error as NodeJS.ErrnoException).code ?? '');
    const detail = (error as Error).message;
    const file = basename(path);
    if (code === 'ENOSPC') throw new ProblemError([{ code: 'export.diskFull', where: { file } }]);
    if (/^(EACCES|EPERM|EROFS|EBUSY)$/.test(code))
      throw new ProblemError([{ code: 'export.cannotWrite', params: { detail }, where: { file } }]);
    throw error;
  }
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

const writable = (path: string): Promise<boolean> =>
  access(path, constants.W_OK).then(
    () => true,
    () => false,
  );
