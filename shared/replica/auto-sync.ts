/** How long a replica waits before trying again after the server could not be reached. */
export const AUTO_SYNC_RETRY_MS = 30_000;

/** What the window knows when it asks whether to sync on its own (issue 25). */
export interface AutoSyncState {
  /** Changes waiting to be sent. */
  pending: number;
  /** A sync is running (by the button or on its own). */
  busy: boolean;
  /** The conflict dialog is open: nothing is sent until the user has chosen. */
  conflictsOpen: boolean;
  /** How the last try ended: the server unreachable, refused (a conflict, a role, a session), or fine. */
  lastTry: 'unreachable' | 'refused' | 'done' | null;
  /** When the last try ended (ms); null: none yet. */
  lastTryAt: number | null;
}

/**
 * When the window should sync on its own: `now`, at a time (ms), or `never` (nothing waits, a conflict
 * is open, or the server refused for a reason another try would not change). The connection coming back
 * (`online`) is a reason to try at once; otherwise a try that failed for the network is repeated every
 * AUTO_SYNC_RETRY_MS while changes wait.
 */
export function nextAutoSync(
  state: AutoSyncState,
  reason: 'online' | 'timer',
  now: number,
): 'now' | 'never' | number {
  if (state.pending <= 0 || state.busy || state.conflictsOpen) return 'never';
  if (state.lastTry === 'refused') return 'never';
  if (reason === 'online') return 'now';
  if (state.lastTry !== 'unreachable' || state.lastTryAt === null) return 'never';
  const due = state.lastTryAt + AUTO_SYNC_RETRY_MS;
  return due <= now ? 'now' : due;
}
