import type { ServerResponse } from 'node:http';
import { openEventStream } from './event-stream';
import type { DocumentChange } from '../service/api/window';
import { onDocumentChange } from '../service/api/window';

/**
 * Browser mode's "document changed" stream (server-sent events): every change of one document made by
 * another window (or a program without one) is sent as it happens, with its revision and score update,
 * so that every tab shows the document's current state. Returns the stream's end (the server ends open
 * streams when it closes).
 */
export function streamDocumentChanges(
  response: ServerResponse,
  documentId: string,
  window: string | undefined,
): () => void {
  return openEventStream(response, 'rbw', (stream) =>
    onDocumentChange(documentId, (change: DocumentChange) => {
      if (window === undefined || change.window !== window) stream.send('change', change);
    }),
  ).end;
}
