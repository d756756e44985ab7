import type { RbwBridge } from '../../shared/api/bridge';
import type { OperationInput, OperationName, OperationOutput } from '../../shared/api/contract';
import { WINDOW_HEADER, WINDOW_ID } from '../../shared/api/document-events';
import type { Envelope } from '../../shared/api/envelope';
import { EnvelopeSchema } from '../../shared/api/envelope';
import { ApiProblems } from './api-problems';
import { serverSession, signedOut } from './server-session';

/** The desktop app's bridge (electron/preload.ts); absent in browser mode. */
declare global {
  interface Window {
    rbw?: RbwBridge;
  }
}

/** The desktop app's bridge, or undefined in browser mode. */
export const desktopBridge = (): RbwBridge | undefined => window.rbw;

export { ApiProblems } from './api-problems';

const TOKEN_KEY = 'rbw-token';
const WINDOW_KEY = 'rbw-window';
let token: string | null = null;

/**
 * This tab's id (browser mode), sent with every call: the service keeps each window's actions its own to
 * undo and tells the other windows of them. Kept in the tab's session storage, so a reload keeps it.
 */
export function windowId(): string {
  let id = sessionStorage.getItem(WINDOW_KEY);
  if (!id || !WINDOW_ID.test(id)) {
    id = crypto.randomUUID();
    sessionStorage.setItem(WINDOW_KEY, id);
  }
  return id;
}

/**
 * The headers every browser-mode request carries: the run's token and the tab's id; on an
 * organisation's server, the session's CSRF token instead of the run's token (the cookie goes by itself).
 */
export function browserHeaders(): Record<string, string> {
  const signedIn = serverSession();
  if (signedIn) return { 'x-csrf-token': signedIn.csrf, [WINDOW_HEADER]: windowId() };
  token ??= browserToken();
  return { 'x-rbw-token': token, [WINDOW_HEADER]: windowId() };
}

const forbiddenListeners = new Set<() => void>();

/** Calls `listener` when the server refuses a call (no token, or one of an earlier run). */
export function onForbidden(listener: () => void): () => void {
  forbiddenListeners.add(listener);
  return () => {
    forbiddenListeners.delete(listener);
  };
}

/** Browser mode opened without the token (an address typed by hand, a bookmark): no call can succeed. */
export function missingToken(): boolean {
  token ??= browserToken();
  return !window.rbw && token === '';
}

/** Browser mode: the server prints a URL with `#token=…`; keep the token for this tab and hide it. */
function browserToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function transport(name: string, input: unknown): Promise<Envelope> {
  if (window.rbw) return window.rbw.call(name, input);
  const response = await fetch(`api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...browserHeaders() },
    body: JSON.stringify(input),
  });
  if (serverSession()) {
    // The server's refusals (403: the role may not) come as problems; 401: the session is gone.
    if (response.status === 401) signedOut();
    return EnvelopeSchema.parse(await response.json()) as Envelope;
  }
  if (response.status === 403) {
    for (const listener of forbiddenListeners) listener();
    throw new ApiProblems([{ code: 'ui.forbidden' }]);
  }
  return EnvelopeSchema.parse(await response.json()) as Envelope;
}

/** Calls one service operation, typed by the shared contract. */
export async function call<N extends OperationName>(
  name: N,
  input: OperationInput<N>,
): Promise<OperationOutput<N>> {
  const envelope = await transport(name, input);
  if (!envelope.ok) throw new ApiProblems(envelope.problems);
  return envelope.value as OperationOutput<N>;
}
