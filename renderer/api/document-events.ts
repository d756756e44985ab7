import type { DocumentChangeEvent } from '../../shared/api/document-events';
import { DocumentChangeSchema } from '../../shared/api/document-events';
import { browserHeaders, desktopBridge } from './client';

/** How long to wait before listening again after the stream broke (the server restarted, a sleep). */
const RETRY_MS = 2000;

/**
 * Follows the changes other windows make to a document: `onChange` for each, as the service sends it;
 * `onResume` when listening starts again after a break (changes may have been missed: fetch the view).
 * Browser mode listens to the server's event stream (web/events.ts); the desktop app has one window per
 * process, so there is nothing to follow there. Returns the stop.
 */
export function followDocument(
  documentId: string,
  onChange: (change: DocumentChangeEvent) => void,
  onResume: () => void,
): () => void {
  if (desktopBridge()) return () => undefined;
  const abort = new AbortController();
  let retry: ReturnType<typeof setTimeout> | undefined;
  let broken = false;
  const listen = async () => {
    try {
      const response = await fetch(`api/events?document=${encodeURIComponent(documentId)}`, {
        headers: browserHeaders(),
        signal: abort.signal,
      });
      if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
      if (broken) onResume();
      broken = false;
      await readEvents(response.body, onChange);
    } catch {
      if (abort.signal.aborted) return;
    }
    if (abort.signal.aborted) return;
    broken = true;
    retry = setTimeout(() => void listen(), RETRY_MS);
  };
  void listen();
  return () => {
    abort.abort();
    clearTimeout(retry);
  };
}

/** Reads server-sent events to the stream's end; each `change` event's data checked before it is used. */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  onChange: (change: DocumentChangeEvent) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffered += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffered.indexOf('\n\n')) >= 0) {
      const frame = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const parsed = parseFrame(frame);
      if (parsed) onChange(parsed);
    }
  }
}

/** One event frame: `event: change` with its JSON `data:` lines; anything else (comments) is no change. */
export function parseFrame(frame: string): DocumentChangeEvent | null {
  const lines = frame.split('\n');
  if (!lines.includes('event: change')) return null;
  const data = lines
    .filter((line) => line.startsWith('data: '))
    .map((line) => line.slice('data: '.length))
    .join('\n');
  try {
    const checked = DocumentChangeSchema.safeParse(JSON.parse(data));
    return checked.success ? checked.data : null;
  } catch {
    return null;
  }
}
