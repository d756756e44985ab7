import type { EditResult } from './document-session';

/**
 * "This document changed": what every window showing it needs to follow without asking (the records an
 * action changed, the scores the service computed, the revision before and after), and which window
 * made the change. Transports carry it: server-sent events in browser mode (web/events.ts), the main
 * process in the desktop app; a server for many users subscribes in the same way.
 */
export interface DocumentChange extends Omit<EditResult, 'canUndo' | 'canRedo' | 'steps'> {
  documentId: string;
  /** The window whose action it was (null: the command line, a merge without a window). */
  window: string | null;
}

type Listener = (change: DocumentChange) => void;

const listeners = new Set<{ documentId: string | null; listener: Listener }>();

/**
 * Calls `listener` after every change of the document `documentId` (null: of every document) made in
 * this process. Returns the unsubscribe.
 */
export function onDocumentChange(documentId: string | null, listener: Listener): () => void {
  const entry = { documentId, listener };
  listeners.add(entry);
  return () => {
    listeners.delete(entry);
  };
}

/** Tells every listener of the document; a failing listener does not stop the others nor the edit. */
export function publishDocumentChange(change: DocumentChange): void {
  for (const entry of [...listeners]) {
    if (entry.documentId !== null && entry.documentId !== change.documentId) continue;
    try {
      entry.listener(change);
    } catch (error) {
      console.error('rbw: a document-change listener failed', error);
    }
  }
}
