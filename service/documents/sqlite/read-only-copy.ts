import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * Whether the workbench may write beside a document: SQLite needs to write the file and to create its
 * -wal and -shm files in the same folder. False on a read-only disk (a write-protected flash drive, a
 * CD, a read-only network share) and in a folder or for a file the user may not write.
 */
export function canWriteBeside(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A private copy of a document that cannot be written where it lies (with its -wal file, which may
 * hold the last edits), so that SQLite can read it: a WAL document cannot be opened where its -shm file
 * cannot be created. `remove` deletes the copy.
 */
export function privateCopy(path: string): { path: string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'rbw-readonly-'));
  // Under its own name: messages about the copy name the document.
  const copy = join(folder, basename(path));
  copyFileSync(path, copy);
  if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  return { path: copy, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
