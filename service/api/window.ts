/**
 * What the window transports (browser mode's HTTP server, the desktop app's IPC) use of the service:
 * the one call, the files the window may use, the document given at start, the recent documents.
 */
import type { Envelope } from '../../shared/api/envelope';
import { resolveAuthor } from '../documents/author';
import { readAppSettings } from '../workbench/app-settings';
import { callService } from './call';
import type { CallContext } from './handlers';
import { openDocuments } from '../documents/open-documents';
import { dataDir } from '../workbench/data-dir';
import { FileGrants } from '../workbench/file-access';
import { openAnyPath } from '../workbench/open-any';
import { recentDocuments, rememberDocument } from '../workbench/recent-documents';
import { setStartupFile } from '../workbench/startup';

export { callService };
export type { CallContext } from './handlers';
export type { FileAccess, FilePurpose } from '../workbench/file-access';
export { FileGrants } from '../workbench/file-access';
export { onRecentChange, recentDocuments } from '../workbench/recent-documents';
export type { RecentDocument } from '../workbench/recent-documents';
export { resolveAuthor };
export { onDocumentChange } from '../documents/document-events';
export type { DocumentChange } from '../documents/document-events';

/**
 * The one call of a window (browser mode, the desktop app): as callService, with the author the user set
 * in the app (asked once; looked up at every call, so that every change after it names them), else
 * `context.author`, the transport's (RBW_AUTHOR or the operating-system user).
 */
export function callFromWindow(name: string, input: unknown, context: CallContext): Promise<Envelope> {
  const named = readAppSettings().author;
  return callService(name, input, {
    ...context,
    author: named ?? context.author,
    fallbackAuthor: context.author,
  });
}

/**
 * The files a window may use: those the user gives it (dialogs, the command line, folders opened at
 * start), the recent documents and the workbench's data folder.
 */
export function windowFileAccess(): FileGrants {
  return new FileGrants({ dataFolder: dataDir, recent: () => recentDocuments().map((r) => r.path) });
}

/**
 * Opens (or imports) the file a user named at start before the window is served, so that a bad file is
 * reported then; the window shows it first. Returns the document's path.
 */
export async function openAtStart(path: string, author: string): Promise<string> {
  // A workbook imported now is the user's first change: it names them if they set their name.
  const doc = await openAnyPath(path, readAppSettings().author ?? author);
  rememberDocument(doc.path, new Date());
  setStartupFile(doc.path);
  return doc.path;
}

/** Closes every open document (on quit): SQLite folds the WAL back into each file. */
export function closeAllDocuments(): void {
  openDocuments.closeAll();
}

export { setStartupFile };
