import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ProblemError } from '../../shared/problem';
import { storageProblem } from './storage-problem';

/**
 * Writes a new document in a temporary file beside `path` and moves it into place only when complete,
 * so that a crash never leaves half a document under the user's name, and an existing file is never
 * overwritten. `write` may be async (the SQLite backup API is).
 */
export async function writeNewFile(
  path: string,
  write: (tempPath: string) => void | Promise<void>,
): Promise<void> {
  refuseExisting(path);
  if (!existsSync(dirname(path))) {
    throw new ProblemError([
      { code: 'document.noFolder', params: { folder: dirname(path) }, where: { file: basename(path) } },
    ]);
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await write(temp);
    moveIntoPlace(temp, path);
  } catch (error) {
    throw storageProblem(error, path) ?? error;
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(temp + suffix, { force: true });
  }
}

export function refuseExisting(path: string): void {
  if (existsSync(path))
    throw new ProblemError([{ code: 'document.exists', where: { file: basename(path) } }]);
}

/** A hard link fails when the name is taken, closing the gap between checking and moving. */
function moveIntoPlace(temp: string, path: string): void {
  try {
    linkSync(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') refuseExisting(path);
    // Some file systems (FAT, exFAT on flash drives) have no hard links: check, then rename.
    refuseExisting(path);
    renameSync(temp, path);
  }
}
