import { useCallback, useEffect, useState } from 'react';
import type { Preferences } from './preferences';
import { loadPreferences, savePreferences } from './preferences';

/** The screen's arrangement for the open document, loaded when another document opens, saved on change. */
export function usePreferences(
  documentKey: string | null,
): [Preferences, (change: Partial<Preferences>) => void] {
  const [state, setState] = useState<{ key: string | null; prefs: Preferences }>(() => ({
    key: documentKey,
    prefs: loadPreferences(documentKey),
  }));
  useEffect(() => {
    if (state.key !== documentKey) setState({ key: documentKey, prefs: loadPreferences(documentKey) });
  }, [documentKey, state.key]);
  const prefs = state.key === documentKey ? state.prefs : loadPreferences(documentKey);
  const update = useCallback(
    (change: Partial<Preferences>) =>
      setState((before) => {
        const next = { ...before.prefs, ...change };
        savePreferences(before.key, next);
        return { key: before.key, prefs: next };
      }),
    [],
  );
  return [prefs, update];
}
