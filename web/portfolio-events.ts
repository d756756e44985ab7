import type { ServerResponse } from 'node:http';
import { openEventStream } from './event-stream';
import type { OrganisationServer, SignedIn } from '../service/api/server';

/**
 * The live Portofolio's stream (server-sent events, `GET /server/portfolio/events`): after every write
 * (an answer, a follow-up) to a document the signed-in user may list, its row as `POST /server/portfolio` lists it (event `unit`),
 * read from the scores stored in the change's own transaction.
 */
export function streamPortfolio(response: ServerResponse, server: OrganisationServer, user: SignedIn): void {
  openEventStream(response, 'rbw portfolio', (stream) =>
    server.onWrite((documentId) => {
      void server.portfolio(user, documentId).then(
        ([unit]) => unit && stream.send('unit', unit),
        (error: unknown) => console.error('rbw serve: portfolio event', error),
      );
    }),
  );
}
