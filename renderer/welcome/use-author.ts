import { useCallback, useEffect, useState } from 'react';
import type { OperationOutput } from '../../shared/api/contract';
import { call } from '../api/client';
import { serverSession } from '../api/server-session';

export type AuthorSettings = OperationOutput<'app.settings'>;

/**
 * The user's name for history: read at start, asked for once (the first start, when no name is set and
 * RBW_AUTHOR names nobody), changed at any time from the welcome screen.
 */
export function useAuthor(onError: (error: unknown) => void) {
  const [settings, setSettings] = useState<AuthorSettings | null>(null);
  /** The name dialog: 'first' asks at start (putting it off counts as asked), 'change' from the screen. */
  const [asking, setAsking] = useState<'first' | 'change' | null>(null);
  useEffect(() => {
    // On an organisation's server history names the signed-in login: nothing to ask.
    if (serverSession()) return;
    void call('app.settings', {}).then((read) => {
      setSettings(read);
      if (!read.asked) setAsking('first');
    }, onError);
    // Read once per window.
  }, []);
  const save = useCallback(
    async (name: string | null) => {
      try {
        setSettings(await call('app.setAuthor', { name }));
        setAsking(null);
      } catch (error) {
        onError(error);
      }
    },
    [onError],
  );
  return {
    settings,
    asking,
    change: useCallback(() => setAsking('change'), []),
    save,
    cancel: useCallback(() => setAsking(null), []),
  };
}
