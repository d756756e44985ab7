import { randomUUID } from 'node:crypto';
import { ProblemError } from '../../shared/problem';
import { DocumentSession } from './document-session';

/** The documents this process has open, by the id the API hands out. */
const sessions = new Map<string, DocumentSession>();

/** Opens a document and gives it an id for later calls. */
export async function openDocument(path: string): Promise<{ documentId: string; session: DocumentSession }> {
  const session = await DocumentSession.open(path);
  const documentId = randomUUID();
  sessions.set(documentId, session);
  return { documentId, session };
}

/** The open document with this id; a ProblemError when it was closed (or never opened). */
export function documentById(documentId: string): DocumentSession {
  const session = sessions.get(documentId);
  if (session) return session;
  throw new ProblemError([{ code: 'document.notOpen', params: { id: documentId } }]);
}

export function closeDocument(documentId: string): boolean {
  const session = sessions.get(documentId);
  sessions.delete(documentId);
  session?.close();
  return session !== undefined;
}

/** Closes every document (on quit): SQLite folds the WAL back into each file. */
export function closeAllDocuments(): void {
  for (const id of [...sessions.keys()]) closeDocument(id);
}
