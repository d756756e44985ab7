import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Which window a call comes from (a browser tab, an app window; none for the command line), for the
 * whole of the call, awaits included: each action on a document remembers its window, so that a window
 * undoes what it did and the other windows on the document are told of the change.
 */
const calling = new AsyncLocalStorage<string | undefined>();

/** Runs one call on behalf of `window` (undefined: no window, as the command line). */
export function actAsWindow<T>(window: string | undefined, call: () => T): T {
  return calling.run(window, call);
}

/** The window the current call comes from, if any. */
export const actingWindow = (): string | undefined => calling.getStore();
