import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { createServer as createSecureServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { OrganisationServer, Reply } from '../service/api/server';
import { streamDocumentChanges } from './events';
import { decodedPath, readBody, serveStatic, windowOf } from './server';
import { streamPortfolio } from './portfolio-events';
import { handleSso } from './sso-routes';
import type { OidcSignIn } from '../service/api/server';

export const SESSION_COOKIE = 'rbw_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface OrgServerOptions {
  server: OrganisationServer;
  /** The built renderer (vite build output). */
  staticDir: string;
  host: string;
  port: number;
  /** Sign-in through the agency's OpenID Connect provider, when configured. */
  oidc?: OidcSignIn;
  /** Served over HTTPS with this certificate and key (PEM), else plain HTTP (behind a reverse proxy). */
  tls?: { cert: Buffer; key: Buffer } | undefined;
}

const LoginSchema = z.object({ login: z.string().min(1).max(200), password: z.string().min(1).max(1000) });
const ProposeSchema = z.object({
  documentId: z.string(),
  kind: z.enum(['wbk', 'wbbm']),
  afirmasi: z.boolean().default(false),
});

/**
 * The organisation's server over HTTP: the same window and `POST /api/<operation>` bodies as browser
 * mode, for signed-in users (a session cookie, HttpOnly and SameSite=Strict, and a CSRF token the page
 * sends back in a header); `POST /auth/login`, `/auth/logout`, `GET /auth/session`; `GET /health`; the
 * PortalRB API for bearer tokens. Returns the URL it listens on.
 */
export async function startOrgServer(
  options: OrgServerOptions,
): Promise<{ url: string; close: () => Promise<void> }> {
  const { server } = options;
  const root = resolve(options.staticDir);
  /** The open "document changed" streams, ended when the server closes. */
  const streams = new Set<() => void>();
  const listener = (request: IncomingMessage, response: ServerResponse) => {
    void handle(request, response).catch((error: unknown) => {
      console.error('rbw serve:', error);
      if (!response.headersSent)
        reply(response, { status: 500, body: { ok: false, problems: [{ code: 'api.internal' }] } });
    });
  };
  const http = options.tls
    ? createSecureServer({ cert: options.tls.cert, key: options.tls.key }, listener)
    : createServer(listener);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const pathname = decodedPath(request.url ?? '/', request.headers.host ?? 'localhost');
    if (pathname === null)
      return reply(response, {
        status: 400,
        body: { error: true, code: 'BAD_URL', message: 'malformed URL' },
      });
    if (pathname === '/health')
      return reply(response, { status: server.healthy() ? 200 : 503, body: { ok: server.healthy() } });
    if (pathname.startsWith('/pengusulan/') || pathname.startsWith('/lke/')) {
      if (request.method !== 'GET')
        return reply(response, {
          status: 405,
          body: { error: true, code: 'METHOD_NOT_ALLOWED', message: 'GET only' },
        });
      return reply(response, await server.portal(request.headers.authorization, pathname));
    }
    if (pathname.startsWith('/auth/oidc/') || pathname === '/auth/methods')
      return handleSso(request, response, pathname, server, options.oidc);
    if (pathname.startsWith('/auth/') || pathname.startsWith('/api/') || pathname.startsWith('/server/'))
      return handleSigned(request, response, pathname);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return reply(response, { status: 405, body: 'method not allowed' });
    // Without a built renderer (`npm run build:renderer`) the API still works; the window is missing.
    if (!existsSync(join(root, 'index.html')))
      return reply(response, { status: 404, body: 'the window is not built: run npm run build:renderer' });
    return serveStatic(response, root, pathname);
  }

  async function handleSigned(
    request: IncomingMessage,
    response: ServerResponse,
    pathname: string,
  ): Promise<void> {
    const token = cookieOf(request, SESSION_COOKIE);
    if (pathname === '/auth/login' && request.method === 'POST') {
      const parsed = LoginSchema.safeParse(await jsonBody(request));
      if (!parsed.success) return reply(response, problem(400, 'api.invalidInput', 'login and password'));
      const outcome = await server.login(parsed.data.login, parsed.data.password);
      if (!outcome.ok) return reply(response, problem(outcome.status, 'auth.refused', outcome.reason));
      const { user } = outcome;
      response.setHeader(
        'set-cookie',
        `${SESSION_COOKIE}=${outcome.token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=43200`,
      );
      return reply(response, { status: 200, body: { ok: true, value: sessionOf(user) } });
    }
    const user = server.signedIn(token);
    if (!user) return reply(response, problem(401, 'auth.required', 'sign in first (POST /auth/login)'));
    if (pathname === '/auth/session' && request.method === 'GET')
      return reply(response, { status: 200, body: { ok: true, value: sessionOf(user) } });
    if (pathname === '/server/portfolio/events' && request.method === 'GET')
      return streamPortfolio(response, server, user);
    // The changes other users make to a document, as they happen (server-sent events, as browser mode).
    if (pathname === '/api/events' && request.method === 'GET') {
      const documentId = new URL(request.url ?? '/', 'http://server').searchParams.get('document') ?? '';
      const refused = server.mayFollow(user, documentId);
      if (refused) return reply(response, refused);
      const end = streamDocumentChanges(response, documentId, windowOf(request));
      streams.add(end);
      response.on('close', () => streams.delete(end));
      return;
    }
    // `rbw pull`: one document as a .rbw file with its whole history.
    if (pathname.startsWith('/server/pull/') && request.method === 'GET') {
      const pulled = server.download(user, pathname.slice('/server/pull/'.length));
      if (!('file' in pulled)) return reply(response, pulled);
      response.writeHead(200, {
        'content-type': 'application/vnd.sqlite3',
        'content-disposition': `attachment; filename="${encodeURIComponent(pulled.name)}"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      response.end(pulled.file);
      return;
    }
    if (request.method !== 'POST') return reply(response, problem(405, 'api.method', 'POST only'));
    // Against cross-site requests: the page's CSRF token in a header, and no foreign Origin.
    const origin = request.headers.origin;
    if (origin !== undefined && new URL(origin).host !== request.headers.host)
      return reply(response, problem(403, 'auth.csrf', 'a request from another site'));
    const csrf = request.headers[CSRF_HEADER];
    if (!server.sameCsrf(user, typeof csrf === 'string' ? csrf : undefined))
      return reply(response, problem(403, 'auth.csrf', `missing or wrong ${CSRF_HEADER} header`));
    if (pathname === '/auth/logout') {
      if (token) server.logout(token);
      response.setHeader('set-cookie', `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`);
      return reply(response, { status: 200, body: { ok: true, value: null } });
    }
    const body = await jsonBody(request);
    if (body === INVALID) return reply(response, problem(400, 'api.invalidInput', 'JSON'));
    if (pathname === '/server/documents')
      return reply(response, { status: 200, body: { ok: true, value: await server.documents(user) } });
    if (pathname === '/server/portfolio')
      return reply(response, { status: 200, body: { ok: true, value: await server.portfolio(user) } });
    if (pathname === '/server/propose') {
      const parsed = ProposeSchema.safeParse(body);
      if (!parsed.success) return reply(response, problem(400, 'api.invalidInput', 'documentId, kind'));
      return reply(
        response,
        server.propose(user, parsed.data.documentId, parsed.data.kind, parsed.data.afirmasi),
      );
    }
    // A laptop's replica of a document (issue 25): the whole document, then its syncs.
    if (pathname === '/server/clone' || pathname === '/server/sync')
      return reply(
        response,
        await server.replica(user, pathname === '/server/clone' ? 'clone' : 'sync', body),
      );
    if (!pathname.startsWith('/api/')) return reply(response, problem(404, 'api.unknownOperation', pathname));
    return reply(response, await server.call(user, pathname.slice('/api/'.length), body, windowOf(request)));
  }

  http.keepAliveTimeout = 120_000;
  await new Promise<void>((resolveListen) => http.listen(options.port, options.host, resolveListen));
  const { port } = http.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  options.oidc?.listensAt(`http://${host}:${port}`);
  return {
    url: `${options.tls ? 'https' : 'http'}://${host}:${port}`,
    close: () => {
      for (const end of streams) end();
      streams.clear();
      return new Promise((resolveClose) => {
        http.close(() => resolveClose());
        http.closeAllConnections();
      });
    },
  };
}

const INVALID = Symbol('invalid JSON');

async function jsonBody(request: IncomingMessage): Promise<unknown> {
  const body = await readBody(request);
  if (body === null) return INVALID;
  try {
    return body.length ? JSON.parse(body.toString('utf8')) : {};
  } catch {
    return INVALID;
  }
}

export function cookieOf(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

const sessionOf = (user: {
  login: string;
  role: string;
  pokja: string | null;
  organisation: string;
  csrf: string;
}) => ({
  login: user.login,
  role: user.role,
  pokja: user.pokja,
  organisation: user.organisation,
  csrf: user.csrf,
});

const problem = (status: number, code: string, message: string): Reply => ({
  status,
  body: { ok: false, problems: [{ code, params: { message } }] },
});

function reply(response: ServerResponse, { status, body }: Reply): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(text);
}
