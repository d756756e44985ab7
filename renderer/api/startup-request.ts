import { missingToken, send, tokenHeaders } from './browser-window';

let early: Promise<unknown> | null = null;

/**
 * Asks the service for the document to show at start as the page's first script runs (main.tsx), before
 * the libraries and the workbench's code are loaded: the service opens the document while they load.
 * Nothing but the request here (no zod, no React), so that it leaves at once. Not asked in browser mode
 * without a token (no call can succeed).
 */
export function requestStartupView(): void {
  if (early || missingToken()) return;
  early = send('app.startup', {}, tokenHeaders);
  // Handled by whoever takes it (startupView); unhandled until then is not an error.
  early.catch(() => undefined);
}

/** The early request as it left the window, taken once; null when none was made. */
export function takeStartupRequest(): Promise<unknown> | null {
  const pending = early;
  early = null;
  return pending;
}
