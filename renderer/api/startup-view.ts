import type { OperationOutput } from '../../shared/api/contract';
import { call, missingToken } from './client';

type StartupView = OperationOutput<'app.startup'>;

let early: Promise<StartupView> | null = null;

/**
 * Asks the service for the document to show at start while the workbench's code is still loading
 * (main.tsx calls it before it loads the app): the service opens the document as the grid's code is
 * parsed, rather than after. Not asked in browser mode without a token (no call can succeed).
 */
export function requestStartupView(): void {
  if (early || missingToken()) return;
  early = call('app.startup', {});
  // Handled by whoever takes it (startupView); unhandled until then is not an error.
  early.catch(() => undefined);
}

/**
 * The document to show at start: the early request's answer, taken once. Asked again when no early
 * request was made or it failed, so that a refusal reaches the listeners the app has set up by now.
 */
export function startupView(): Promise<StartupView> {
  const pending = early;
  early = null;
  return pending ? pending.catch(() => call('app.startup', {})) : call('app.startup', {});
}
