import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { ShownDocument } from './workbench-state';

type Listener = () => void;

/**
 * The open document, held outside React so that an edit's update redraws only what reads the part it
 * changed. Two moments of it: `live` (the service's answer, at once: the totals) and `settled` (the same,
 * once the screen has painted it: the grid, the tree, the chart and the filters' counts follow a frame
 * later). Another document is both at once.
 */
export interface DocumentStore {
  live: () => ShownDocument | null;
  settled: () => ShownDocument | null;
  set: (next: ShownDocument | null) => void;
  subscribeLive: (listener: Listener) => () => void;
  subscribeSettled: (listener: Listener) => () => void;
  /** Whether the settled document just became another document (shown at once, not as a transition). */
  settledIsNew: () => boolean;
}

const sameDocument = (a: ShownDocument | null, b: ShownDocument | null): boolean =>
  a !== null && b !== null && a.view.documentId === b.view.documentId;

export function createDocumentStore(): DocumentStore {
  let live: ShownDocument | null = null;
  let settled: ShownDocument | null = null;
  let settledIsNew = true;
  const liveListeners = new Set<Listener>();
  const settledListeners = new Set<Listener>();
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    frame = undefined;
    timer = undefined;
    if (settled === live) return;
    settledIsNew = !sameDocument(settled, live);
    settled = live;
    for (const listener of [...settledListeners]) listener();
  };
  const subscribe = (listeners: Set<Listener>) => (listener: Listener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return {
    live: () => live,
    settled: () => settled,
    settledIsNew: () => settledIsNew,
    set(next) {
      if (next === live) return;
      const another = !sameDocument(live, next);
      live = next;
      for (const listener of [...liveListeners]) listener();
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
      if (another) return settle();
      // After the frame that paints the totals: a task after the next animation frame.
      frame = requestAnimationFrame(() => {
        frame = undefined;
        timer = setTimeout(settle, 0);
      });
    },
    subscribeLive: subscribe(liveListeners),
    subscribeSettled: subscribe(settledListeners),
  };
}

export const DocumentStoreContext = createContext<DocumentStore | null>(null);

function useStore(): DocumentStore {
  const store = useContext(DocumentStoreContext);
  if (!store) throw new Error('DocumentStoreContext is not provided');
  return store;
}

/**
 * The part of the document `select` reads, as the service last said it: the component redraws only when
 * that part changes (`equal`, by identity unless given).
 */
export function useLiveDocument<T>(
  select: (doc: ShownDocument | null) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T {
  return useLiveFrom(useStore(), select, equal);
}

/** `useLiveDocument` on a store given (by the component that provides it to the others). */
export function useLiveFrom<T>(
  store: DocumentStore,
  select: (doc: ShownDocument | null) => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T {
  const cache = useRef<{ doc: ShownDocument | null; select: unknown; value: T } | null>(null);
  const snapshot = () => {
    const doc = store.live();
    const last = cache.current;
    if (last && last.doc === doc && last.select === select) return last.value;
    const value = select(doc);
    if (last && equal(last.value, value)) {
      cache.current = { doc, select, value: last.value };
      return last.value;
    }
    cache.current = { doc, select, value };
    return value;
  };
  return useSyncExternalStore(store.subscribeLive, snapshot, snapshot);
}

/**
 * The part of the document `select` reads, once the screen has painted the change that brought it: taken
 * in as a transition (a keystroke coming meanwhile goes first), another document at once.
 */
export function useSettledDocument<T>(select: (doc: ShownDocument | null) => T): T {
  const store = useStore();
  const [value, setValue] = useState(() => select(store.settled()));
  const latest = useRef(select);
  latest.current = select;
  useEffect(() => {
    const take = () => {
      const next = latest.current(store.settled());
      if (store.settledIsNew()) setValue(() => next);
      else startTransition(() => setValue(() => next));
    };
    take();
    return store.subscribeSettled(take);
  }, [store]);
  return value;
}
