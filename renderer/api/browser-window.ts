import type { RbwBridge } from '../../shared/api/bridge';
import { WINDOW_HEADER, WINDOW_ID } from '../../shared/api/window-header';

/**
 * The window's own side of a call, without the libraries (no zod, no React): the page's first script
 * asks for the start-up document with it before the rest of the code has loaded (startup-request.ts).
 */

/** The desktop app's bridge (electron/preload.ts); absent in browser mode. */
declare global {
  interface Window {
    rbw?: RbwBridge;
  }
}

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

/** Browser mode opened without the token (an address typed by hand, a bookmark): no call can succeed. */
export function missingToken(): boolean {
  return !window.rbw && runToken() === '';
}

/** The headers of a browser-mode call with the run's token (not on an organisation's server). */
export function tokenHeaders(): Record<string, string> {
  return { 'x-rbw-token': runToken(), [WINDOW_HEADER]: windowId() };
}

/** Browser mode: the server prints a URL with `#token=…`; keep the token for this tab and hide it. */
function runToken(): string {
  if (token !== null) return token;
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  return token;
}

/** One call as it leaves the window: the desktop bridge's envelope, or browser mode's HTTP response. */
export function send(name: string, input: unknown, headers: () => Record<string, string>): Promise<unknown> {
  if (window.rbw) return window.rbw.call(name, input);
  return fetch(`api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers() },
    body: JSON.stringify(input),
  });
}
