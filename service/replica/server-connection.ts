import { ProblemError } from '../../shared/problem';
import type { ServerToken } from './replica-tokens';

/** How long one call to the server may take before the sync gives up (it is safe to repeat). */
const CALL_TIMEOUT_MS = 300_000;

/** The server's base URL without a trailing slash; a problem naming it when it is not http(s). */
export function serverBase(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ProblemError([{ code: 'replica.badServer', params: { server: url } }]);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new ProblemError([{ code: 'replica.badServer', params: { server: url } }]);
  return parsed.origin + parsed.pathname.replace(/\/+$/, '');
}

/** Signs in (`POST /auth/login`): the session to keep. */
export async function signIn(server: string, login: string, password: string): Promise<ServerToken> {
  const response = await send(server, '/auth/login', { login, password }, undefined);
  const cookie = /rbw_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  const body = (await readJson(server, response)) as { ok?: boolean; value?: { csrf?: unknown } };
  if (!response.ok || !cookie || typeof body.value?.csrf !== 'string')
    throw refused(server, response.status === 401 ? 403 : response.status, body);
  return { token: cookie, csrf: body.value.csrf };
}

/** `POST path` as the signed-in user; the envelope's value, or a problem naming the server and why. */
export async function post(
  server: string,
  path: string,
  input: unknown,
  token: ServerToken,
): Promise<unknown> {
  const response = await send(server, path, input, token);
  const body = (await readJson(server, response)) as { ok?: boolean; value?: unknown };
  if (!response.ok || body.ok !== true) throw refused(server, response.status, body);
  return body.value;
}

async function send(
  server: string,
  path: string,
  input: unknown,
  token: ServerToken | undefined,
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) {
    headers.cookie = `rbw_session=${token.token}`;
    headers['x-csrf-token'] = token.csrf;
  }
  try {
    return await fetch(`${server}${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input),
      signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
    });
  } catch {
    throw new ProblemError([{ code: 'replica.unreachable', params: { server } }]);
  }
}

async function readJson(server: string, response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new ProblemError([{ code: 'replica.unreachable', params: { server } }]);
  }
}

function refused(server: string, status: number, body: unknown): ProblemError {
  const first = (body as { problems?: { code?: string; params?: { message?: string } }[] }).problems?.[0];
  if (status === 401) return new ProblemError([{ code: 'replica.signInAgain', params: { server } }]);
  if (status === 404) return new ProblemError([{ code: 'replica.notOnServer', params: { server } }]);
  return new ProblemError([
    {
      code: 'replica.refused',
      params: { server, status: String(status), reason: first?.params?.message ?? first?.code ?? '' },
    },
  ]);
}
