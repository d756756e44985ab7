import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocumentStore } from './document-store';
import type { ShownDocument } from './workbench-state';

// What the screen is told, and when: the totals at the service's answer, the grid and tree a frame later,
// another document everywhere at once.
const doc = (documentId: string, revision: number) =>
  ({ view: { documentId }, revision }) as unknown as ShownDocument;

describe('the document store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 16) as unknown as number);
    vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('tells an edit to the totals at once and to the grid after the next frame', () => {
    const store = createDocumentStore();
    const heard: string[] = [];
    store.subscribeLive(() => heard.push(`live ${store.live()?.revision}`));
    store.subscribeSettled(() => heard.push(`settled ${store.settled()?.revision}`));
    store.set(doc('a', 1));
    expect(heard).toEqual(['live 1', 'settled 1']);
    expect(store.settledIsNew()).toBe(true);

    store.set(doc('a', 2));
    expect(heard).toEqual(['live 1', 'settled 1', 'live 2']);
    expect(store.settled()?.revision).toBe(1);
    vi.advanceTimersByTime(16);
    vi.advanceTimersByTime(1);
    expect(heard).toEqual(['live 1', 'settled 1', 'live 2', 'settled 2']);
    expect(store.settledIsNew()).toBe(false);
  });

  it('settles fast edits once, on the last of them', () => {
    const store = createDocumentStore();
    store.set(doc('a', 1));
    const settled: number[] = [];
    store.subscribeSettled(() => settled.push(store.settled()?.revision ?? -1));
    store.set(doc('a', 2));
    store.set(doc('a', 3));
    store.set(doc('a', 4));
    vi.runAllTimers();
    expect(settled).toEqual([4]);
  });

  it('shows another document everywhere at once, dropping an edit still waiting for its frame', () => {
    const store = createDocumentStore();
    store.set(doc('a', 1));
    store.set(doc('a', 2));
    store.set(doc('b', 7));
    expect(store.settled()?.view.documentId).toBe('b');
    expect(store.settledIsNew()).toBe(true);
    vi.runAllTimers();
    expect(store.settled()?.view.documentId).toBe('b');
    expect(store.settled()?.revision).toBe(7);
  });
});
