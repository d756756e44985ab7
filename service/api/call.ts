import type { Envelope } from '../../shared/api/envelope';
import { ProblemError } from '../../shared/problem';
import type { CallContext } from './handlers';
import { dispatch } from './dispatch';
import { actAsWindow } from '../documents/acting-window';

/**
 * The one function both transports (Electron IPC, browser-mode HTTP) call: user problems come back as an
 * envelope the renderer shows; anything else is a bug, logged and reported as an internal error.
 */
export async function callService(name: string, input: unknown, context: CallContext): Promise<Envelope> {
  try {
    return { ok: true, value: await actAsWindow(context.window, () => dispatch(name, input, context)) };
  } catch (error) {
    if (error instanceof ProblemError) return { ok: false, problems: error.problems };
    console.error(`rbw: ${name} failed`, error);
    return { ok: false, problems: [{ code: 'api.internal', params: { message: (error as Error).message } }] };
  }
}
