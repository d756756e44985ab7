import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const KINDS: Record<string, 'document' | 'workbook'> = {
  '.rbw': 'document',
  '.xlsx': 'workbook',
  '.xls': 'workbook',
  '.ods': 'workbook',
};
const MAX_FILES = 500;
const MAX_DEPTH = 3;

export interface ListedFile {
  path: string;
  name: string;
  kind: 'document' | 'workbook';
  modifiedAt: string;
}

/**
 * The documents and workbooks in a folder and its subfolders (three levels, hidden ones and lock files
 * left out), newest first, at most 500: what browser mode offers to open instead of a file dialog.
 */
export function listFiles(folder: string): { files: ListedFile[]; more: boolean } {
  const files: ListedFile[] = [];
  let more = false;
  const visit = (dir: string, depth: number): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH) visit(path, depth + 1);
        continue;
      }
      const kind = KINDS[extname(entry.name).toLowerCase()];
      if (!entry.isFile() || !kind) continue;
      if (files.length >= MAX_FILES) {
        more = true;
        return;
      }
      try {
        files.push({ path, name: entry.name, kind, modifiedAt: statSync(path).mtime.toISOString() });
      } catch {
        // Gone between listing and looking: leave it out.
      }
    }
  };
  visit(folder, 1);
  files.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
  return { files, more };
}
