import type { OperationInput, OperationName, OperationOutput } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/envelope';
import { EnvelopeSchema } from '../../shared/api/envelope';
import { ApiProblems } from './api-problems';
import type { RbwBridge } from '../../shared/api/bridge';
import { WINDOW_HEADER } from '../../shared/api/window-header';
import { send, tokenHeaders, windowId } from './browser-window';
import { serverSession, signedOut } from './server-session';

export { missingToken, windowId } from './browser-window';

/** The desktop app's bridge, or undefined in browser mode. */
export const desktopBridge = (): RbwBridge | undefined => window.rbw;

export { ApiProblems } from './api-problems';

/**
 * The headers every browser-mode request carries: the run's token and the tab's id; on an
 * organisation's server, the session's CSRF token instead of the run's token (the cookie goes by itself).
 */
export function browserHeaders(): Record<string, string> {
  const signedIn = serverSession();
  if (signedIn) return { 'x-csrf-token': signedIn.csrf, [WINDOW_HEADER]: windowId() };
  return tokenHeaders();
}

const forbiddenListeners = new Set<() => void>();

/** Calls `listener` when the server refuses a call (no token, or one of an earlier run). */
export function onForbidden(listener: () => void): () => void {
  forbiddenListeners.add(listener);
  return () => {
    forbiddenListeners.delete(listener);
  };
}

/**
 * The envelope of a call that has left the window (`send`): the desktop bridge's as it is, browser
 * mode's read from the response (403: the server refuses the window; 401: the session is gone).
 */
export async function received(sent: unknown): Promise<Envelope> {
  if (window.rbw) return sent as Envelope;
  const response = sent as Response;
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

/** The value of a call's envelope, or its problems thrown. */
export async function valueOf<N extends OperationName>(sent: Promise<unknown>): Promise<OperationOutput<N>> {
  const envelope = await received(await sent);
  if (!envelope.ok) throw new ApiProblems(envelope.problems);
  return envelope.value as OperationOutput<N>;
}

/** Calls one service operation, typed by the shared contract. */
export async function call<N extends OperationName>(
  name: N,
  input: OperationInput<N>,
): Promise<OperationOutput<N>> {
  return valueOf<N>(send(name, input, browserHeaders));
}
