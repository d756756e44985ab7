import type { OperationOutput } from '../../shared/api/contract';
import { call, valueOf } from './client';
import { takeStartupRequest } from './startup-request';

type StartupView = OperationOutput<'app.startup'>;

/**
 * The document to show at start: the answer to the page's early request (startup-request.ts), taken once.
 * Asked again when no early request was made or it failed, so that a refusal reaches the listeners the
 * app has set up by now.
 */
export function startupView(): Promise<StartupView> {
  const pending = takeStartupRequest();
  return pending
    ? valueOf<'app.startup'>(pending).catch(() => call('app.startup', {}))
    : call('app.startup', {});
}
