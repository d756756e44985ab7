/**
 * Timing helpers: every case runs its warm-up first, then its measured runs, and keeps each sample so
 * that medians and 99th percentiles come from the same data.
 */

export interface Runs {
  warmup: number;
  runs: number;
}

/** Milliseconds since an arbitrary start, from the monotonic high-resolution clock. */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/** Times `fn` `runs` times after `warmup` untimed calls; `setup` runs untimed before each call. */
export async function sample<T>(
  fn: (input: T) => unknown,
  { warmup, runs }: Runs,
  setup: () => T | Promise<T> = () => undefined as T,
  teardown: (input: T) => unknown = () => undefined,
): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const input = await setup();
    const start = now();
    await fn(input);
    const elapsed = now() - start;
    await teardown(input);
    if (i >= warmup) samples.push(elapsed);
  }
  return samples;
}

export interface Contender {
  /** Untimed, before each run. */
  before?: () => unknown;
  /** The timed work. */
  run: () => unknown;
  /** Untimed, after each run (closing what the run opened). */
  after?: () => unknown;
}

/**
 * Times several contenders in turn, run by run (A B C A B C …), so that a subject and its baseline see
 * the same machine: on a shared machine the load changes from one second to the next.
 */
export async function sampleInTurn(
  contenders: readonly Contender[],
  { warmup, runs }: Runs,
): Promise<number[][]> {
  const samples = contenders.map((): number[] => []);
  for (let i = 0; i < warmup + runs; i++) {
    for (const [c, contender] of contenders.entries()) {
      await contender.before?.();
      const start = now();
      await contender.run();
      const elapsed = now() - start;
      await contender.after?.();
      if (i >= warmup) samples[c]?.push(elapsed);
    }
  }
  return samples;
}

/**
 * Times synchronous operations too short for one clock reading each (a plain sum of 113 numbers): each
 * sample is `batch` calls in a row, divided by `batch`.
 */
export function sampleBatched(fn: (i: number) => unknown, batch: number, { warmup, runs }: Runs): number[] {
  const samples: number[] = [];
  let n = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const start = now();
    for (let b = 0; b < batch; b++) sink(fn(n++));
    const elapsed = (now() - start) / batch;
    if (i >= warmup) samples.push(elapsed);
  }
  return samples;
}

/** Times each of `count` synchronous operations on its own (for medians and p99 of single edits). */
export function sampleEach(fn: (i: number) => unknown, count: number, warmup: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < warmup + count; i++) {
    const start = now();
    sink(fn(i));
    const elapsed = now() - start;
    if (i >= warmup) samples.push(elapsed);
  }
  return samples;
}

/** The p-th percentile (0..100) by the nearest-rank method. */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export const median = (samples: readonly number[]): number => {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

let sunk = 0;
/** Keeps results alive so that the JIT cannot drop the work that produced them. */
export function sink(value: unknown): void {
  if (typeof value === 'number') sunk += value;
  else if (value !== undefined && value !== null) sunk++;
}
export const sunkValue = (): number => sunk;

/** Lets the collector run between cases when node was started with --expose-gc. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
