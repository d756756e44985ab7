/**
 * Scripts run inside the page (Playwright serialises these functions): every time is taken with the
 * page's own performance.now(), so that no Playwright round trip is part of a figure. "Painted" is the
 * first moment after the next frame: a requestAnimationFrame callback (the frame about to be drawn) and
 * a task queued from it (the frame drawn).
 */

/**
 * tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(fn, "name")`; the page
 * has no such helper, so this one (identity) goes in first, on every document and the current one.
 */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

declare global {
  interface Window {
    rbwBench?: {
      /** First grid row (or baseline table row) in the DOM and painted, ms since navigation start. */
      rowInDom?: number;
      rowPainted?: number;
      /** The last typed answer: Enter pressed, total changed in the DOM, total painted. */
      enter?: number;
      /** The first task after the Enter's own work (the grid ending the edit and moving down) has run. */
      enterDone?: number;
      totalInDom?: number;
      totalPainted?: number;
      /** The last call to the service (records.set for a typed answer): sent and answered. */
      call?: { name: string; sent: number; answered: number };
      /** Every call since the page loaded. */
      calls?: { name: string; sent: number; answered: number }[];
    };
  }
}

/**
 * Installed before any page script: notes when the first grid row appears and is painted, and when each
 * call to the service is sent and answered (to split a typed answer's time between UI and service).
 */
export function watchFirstRow(): void {
  const bench: NonNullable<Window['rbwBench']> = {};
  window.rbwBench = bench;
  const fetchFirst = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const sent = performance.now();
    const response = await fetchFirst(input, init);
    // The body read through a clone: answered means the whole answer has arrived.
    await response.clone().arrayBuffer();
    const name = decodeURIComponent(String(input).replace(/^.*api\//, ''));
    bench.call = { name, sent, answered: performance.now() };
    (bench.calls ??= []).push(bench.call);
    return response;
  };
  const seen = (): boolean => document.querySelector('.ag-row[row-id] .ag-cell, tr.bench-row') !== null;
  const observer = new MutationObserver(() => {
    if (bench.rowInDom !== undefined || !seen()) return;
    bench.rowInDom = performance.now();
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        bench.rowPainted = performance.now();
      }, 0),
    );
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Arms the measure of one typed answer: the Enter that commits it (a capture listener on window, the
 * first script to see the key) to the total's text changing, and to that change painted.
 */
export function armTypedAnswer(): void {
  const bench: NonNullable<Window['rbwBench']> = (window.rbwBench ??= {});
  delete bench.enter;
  delete bench.enterDone;
  delete bench.totalInDom;
  delete bench.totalPainted;
  const total = (): string => document.querySelector('[data-testid="total-score"]')?.textContent ?? '';
  const before = total();
  const observer = new MutationObserver(() => {
    if (bench.enter === undefined || total() === before) return;
    bench.totalInDom = performance.now();
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        bench.totalPainted = performance.now();
      }, 0),
    );
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    bench.enter = performance.now();
    // Where each Enter is in a performance trace (User Timing).
    performance.mark('rbw-enter');
    // Queued now, run once the page is free again: until then the service's answer cannot be handled.
    setTimeout(() => {
      bench.enterDone = performance.now();
    }, 0);
    window.removeEventListener('keydown', onKey, true);
  };
  window.addEventListener('keydown', onKey, true);
}

/**
 * The floor of a typed answer in browser mode: one call to the service over the same HTTP transport
 * (the smallest operation, templates.list) and a text node updated with its answer, timed the same way.
 */
export async function transportFloor(run: number): Promise<number> {
  const token = sessionStorage.getItem('rbw-token') ?? '';
  let target = document.getElementById('bench-floor');
  if (!target) {
    target = document.createElement('span');
    target.id = 'bench-floor';
    document.body.appendChild(target);
  }
  const start = performance.now();
  const response = await fetch('api/templates.list', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-rbw-token': token },
    body: '{}',
  });
  const envelope = (await response.json()) as { ok: boolean; value?: unknown[] };
  target.textContent = `${run}:${envelope.value?.length ?? 0}`;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - start;
}

/**
 * The same floor started as a typed answer is: Enter pressed in a plain text field (through Playwright's
 * keyboard, as the typed answers are) sends the call, and its answer updates a text node. Chromium
 * paints the first frame after a key before it runs other tasks, so an answer that comes back while
 * that frame is due is painted in the frame after it: this is the floor of "Enter to a new number
 * painted" when the number comes from the service. Arms one measure; Enter is pressed by the caller.
 */
export function armKeyFloor(): void {
  const bench: NonNullable<Window['rbwBench']> = (window.rbwBench ??= {});
  delete bench.enter;
  delete bench.totalPainted;
  let field = document.getElementById('bench-key-floor') as HTMLInputElement | null;
  if (!field) {
    field = document.createElement('input');
    field.id = 'bench-key-floor';
    document.body.appendChild(field);
    const target = document.createElement('span');
    document.body.appendChild(target);
    field.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      const probe = window.rbwBench ?? {};
      probe.enter = performance.now();
      void fetch('api/templates.list', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-rbw-token': sessionStorage.getItem('rbw-token') ?? '',
        },
        body: '{}',
      })
        .then((response) => response.json())
        .then((envelope: { value?: unknown[] }) => {
          target.textContent = `${probe.enter}:${envelope.value?.length ?? 0}`;
          requestAnimationFrame(() =>
            setTimeout(() => {
              probe.totalPainted = performance.now();
            }, 0),
          );
        });
    });
  }
  field.focus();
}
