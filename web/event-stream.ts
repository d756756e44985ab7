import type { ServerResponse } from 'node:http';

/** A comment line this often keeps the stream open through proxies and tells a dead one. */
const HEARTBEAT_MS = 25_000;

/** One open server-sent-events stream: its events, whether it ended, its end. */
export interface EventStream {
  send: (event: string, data: unknown) => void;
  ended: () => boolean;
  end: () => void;
}

/**
 * Opens a server-sent-events stream on `response` with a first comment line and a heartbeat, and
 * subscribes it to what it carries (`subscribe` returns the unsubscribe, called once when the stream
 * ends: the client went away, an error, or the server's own end).
 */
export function openEventStream(
  response: ServerResponse,
  hello: string,
  subscribe: (stream: EventStream) => () => void,
): EventStream {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.write(`: ${hello}\n\n`);
  let ended = false;
  let unsubscribe = (): void => undefined;
  const heartbeat = setInterval(() => response.write(': -\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  const stream: EventStream = {
    send: (event, data) => {
      if (!ended) response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    ended: () => ended,
    end: () => {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      unsubscribe();
      response.end();
    },
  };
  unsubscribe = subscribe(stream);
  response.on('close', stream.end);
  response.on('error', stream.end);
  return stream;
}
