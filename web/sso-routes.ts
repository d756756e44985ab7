import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OidcSignIn, OrganisationServer } from '../service/api/server';
import { CALLBACK_PATH, LOGIN_PATH, PENDING_COOKIE } from '../service/api/server';
import { cookieOf, SESSION_COOKIE } from './org-server';

/**
 * Single sign-on over HTTP: `GET /auth/methods` (which sign-ins the page may offer), `GET
 * /auth/oidc/login` (off to the provider) and `GET /auth/oidc/callback` (back from it: the same session
 * cookie as a password sign-in, then the window). A refusal is a one-line page, status 403.
 */
export async function handleSso(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  server: OrganisationServer,
  oidc: OidcSignIn | undefined,
): Promise<void> {
  if (request.method !== 'GET') return plain(response, 405, 'GET only');
  if (pathname === '/auth/methods') {
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(JSON.stringify({ ok: true, value: { password: true, sso: oidc !== undefined } }));
    return;
  }
  if (!oidc) return plain(response, 404, 'single sign-on is not configured on this server');
  if (pathname === LOGIN_PATH) {
    const started = await oidc.begin().catch((error: unknown) => error as Error);
    if (started instanceof Error)
      return plain(response, 502, `Penyedia SSO tidak terjangkau (provider unreachable): ${started.message}`);
    response.writeHead(302, {
      location: started.location,
      // Lax, not Strict: the provider's redirect back is a navigation from another site.
      'set-cookie': `${PENDING_COOKIE}=${started.cookie}; HttpOnly; SameSite=Lax; Path=/auth/oidc; Max-Age=600`,
      'cache-control': 'no-store',
    });
    response.end();
    return;
  }
  if (pathname !== CALLBACK_PATH) return plain(response, 404, 'unknown sign-in path');
  const outcome = await oidc.finish(request.url ?? CALLBACK_PATH, cookieOf(request, PENDING_COOKIE));
  const clear = `${PENDING_COOKIE}=; HttpOnly; SameSite=Lax; Path=/auth/oidc; Max-Age=0`;
  const user = outcome.ok ? server.accounts.userByLogin(outcome.login) : undefined;
  if (!outcome.ok || !user) {
    response.setHeader('set-cookie', clear);
    const reason = outcome.ok ? `the account ${outcome.login} no longer exists` : outcome.reason;
    return plain(response, 403, `Masuk dengan SSO ditolak (sign-in refused): ${reason}`);
  }
  const session = server.newSession(user);
  response.writeHead(302, {
    location: '/',
    'set-cookie': [
      clear,
      `${SESSION_COOKIE}=${session.token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=43200`,
    ],
    'cache-control': 'no-store',
  });
  response.end();
}

function plain(response: ServerResponse, status: number, line: string): void {
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(`${line}\n`);
}
