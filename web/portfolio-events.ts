import type { ServerResponse } from 'node:http';
import type { OrganisationServer, SignedIn } from '../service/api/server';

const HEARTBEAT_MS = 25_000;

/**
 * The live Portofolio's stream (server-sent events, `GET /server/portfolio/events`): after every write
 * (an answer, a follow-up) to a document the signed-in user may list, its row as `POST /server/portfolio` lists it (event `unit`),
 * read from the scores stored in the change's own transaction.
 */
export function streamPortfolio(response: ServerResponse, server: OrganisationServer, user: SignedIn): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.write(': rbw portfolio\n\n');
  let ended = false;
  const unsubscribe = server.onWrite((documentId) => {
    void server.portfolio(user, documentId).then(
      ([unit]) => {
        if (unit && !ended) response.write(`event: unit\ndata: ${JSON.stringify(unit)}\n\n`);
      },
      (error: unknown) => console.error('rbw serve: portfolio event', error),
    );
  });
  const heartbeat = setInterval(() => response.write(': -\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    response.end();
  };
  response.on('close', end);
  response.on('error', end);
}
