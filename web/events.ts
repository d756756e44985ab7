import type { ServerResponse } from 'node:http';
import type { DocumentChange } from '../service/api/window';
import { onDocumentChange } from '../service/api/window';

/** A comment line this often keeps the stream open through proxies and tells a dead one. */
const HEARTBEAT_MS = 25_000;

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
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.write(': rbw\n\n');
  const send = (change: DocumentChange) => {
    if (window !== undefined && change.window === window) return;
    response.write(`event: change\ndata: ${JSON.stringify(change)}\n\n`);
  };
  const unsubscribe = onDocumentChange(documentId, send);
  const heartbeat = setInterval(() => response.write(': -\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    response.end();
  };
  response.on('close', end);
  response.on('error', end);
  return end;
}
