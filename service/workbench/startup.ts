import { resolve } from 'node:path';
import { recentDocuments } from './recent-documents';

let startupFile: string | null = null;

/** The file given on the command line (browser mode `npm run web -- FILE`, or the desktop app's argument). */
export function setStartupFile(path: string | null): void {
  startupFile = path === null ? null : resolve(path);
}

/**
 * What the window shows first: the file given at start (once), else the last document, else nothing:
 * the welcome screen, where a new user starts a document, opens one or tries the sample.
 */
export function startupPath(): string | null {
  if (startupFile) {
    const path = startupFile;
    startupFile = null;
    return path;
  }
  return recentDocuments()[0]?.path ?? null;
}
