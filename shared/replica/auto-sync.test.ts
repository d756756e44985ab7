import { describe, expect, it } from 'vitest';
import type { AutoSyncState } from './auto-sync';
import { nextAutoSync } from './auto-sync';

const waiting: AutoSyncState = {
  pending: 2,
  busy: false,
  conflictsOpen: false,
  lastTry: null,
  lastTryAt: null,
};

describe('when a replica syncs on its own', () => {
  it('syncs as soon as the connection comes back while changes wait', () => {
    expect(nextAutoSync(waiting, 'online', 1_000)).toBe('now');
    expect(nextAutoSync({ ...waiting, lastTry: 'unreachable', lastTryAt: 900 }, 'online', 1_000)).toBe('now');
  });

  it('retries half a minute after the server could not be reached, not before', () => {
    const failed = { ...waiting, lastTry: 'unreachable' as const, lastTryAt: 10_000 };
    expect(nextAutoSync(failed, 'timer', 25_000)).toBe(40_000);
    expect(nextAutoSync(failed, 'timer', 40_000)).toBe('now');
    expect(nextAutoSync(failed, 'timer', 90_000)).toBe('now');
  });

  it('does nothing with nothing to send, while a sync runs, or while the conflict dialog is open', () => {
    const failed = { ...waiting, lastTry: 'unreachable' as const, lastTryAt: 0 };
    expect(nextAutoSync({ ...failed, pending: 0 }, 'online', 60_000)).toBe('never');
    expect(nextAutoSync({ ...failed, busy: true }, 'timer', 60_000)).toBe('never');
    expect(nextAutoSync({ ...failed, conflictsOpen: true }, 'online', 60_000)).toBe('never');
    expect(nextAutoSync({ ...failed, conflictsOpen: true }, 'timer', 60_000)).toBe('never');
  });

  it('does not retry on a timer when the server refused or the last sync went through', () => {
    expect(nextAutoSync({ ...waiting, lastTry: 'refused', lastTryAt: 0 }, 'timer', 60_000)).toBe('never');
    expect(nextAutoSync({ ...waiting, lastTry: 'refused', lastTryAt: 0 }, 'online', 60_000)).toBe('never');
    expect(nextAutoSync({ ...waiting, lastTry: 'done', lastTryAt: 0 }, 'timer', 60_000)).toBe('never');
    expect(nextAutoSync(waiting, 'timer', 60_000)).toBe('never');
  });
});
