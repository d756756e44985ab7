import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');
export { REAL_WORKBOOK } from '../../scripts/templates/reference';
export const RESULTS = join(REPO, 'bench-results');

const made: string[] = [];

/** A fresh temporary folder, removed when the bench ends (see removeTempFolders). */
export function tempFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `rbw-bench-${name}-`));
  made.push(dir);
  return dir;
}

export function removeTempFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
