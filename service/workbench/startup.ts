import { resolve } from 'node:path';
import { recentDocuments } from './recent-documents';
import { createSampleDocument } from './sample-document';

let startupFile: string | null = null;

/** The file given on the command line (browser mode `npm run web -- FILE`, or the desktop app's argument). */
export function setStartupFile(path: string | null): void {
  startupFile = path === null ? null : resolve(path);
}

/**
 * What the window shows first: the file given at start (once), else the last document, else a sample
 * made from a built-in template, so that a new user sees a working screen at once.
 */
export async function startupPath(author: string): Promise<string> {
  if (startupFile) {
    const path = startupFile;
    startupFile = null;
    return path;
  }
  return recentDocuments()[0]?.path ?? (await createSampleDocument(author));
}
