import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RbwRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** Lines written to stderr (empty lines dropped). */
  errLines: string[];
  seconds: number;
  /** Peak resident memory of the process in MB (only with `measure`). */
  peakMb?: number;
  /** The process was killed for running past its time bound. */
  killed?: boolean;
}

/**
 * The harness's bounds on one `rbw` process: a hang is killed (SIGKILL) after this time, and a JavaScript
 * heap over this size ends it (Node's own limit, `--max-old-space-size`), so a case that runs away fails
 * instead of taking the machine. Generous on a loaded two-core machine, where a whole process takes up
 * to ~20 s just to start (tsx compiles the sources): ceilings, not benchmarks (bench/cases/bounds.ts
 * measures time and peak memory).
 */
export const PROCESS_LIMITS = { seconds: 150, heapMb: 1536 };

/**
 * Runs `rbw` as a user would (`node bin/rbw.mjs …`, which `npx rbw` runs) in a child process, in
 * Indonesian, within PROCESS_LIMITS unless tighter bounds are given. With `measure`, runs it through
 * bench/support/peak-rss.mjs instead, which does the same and also reports the process's peak resident
 * memory (hostile input is bounded in memory outside the heap too: a file read into a buffer).
 */
export async function runRbw(
  args: string[],
  options: {
    measure?: boolean;
    env?: Record<string, string>;
    /** Bounds the process's JavaScript heap: past it, V8 ends the process (a fatal error, exit 134). */
    heapMb?: number;
    /** Kills the process after this long (`killed`, signal SIGKILL). */
    timeoutSeconds?: number;
  } = {},
): Promise<RbwRun> {
  const peakDir = options.measure ? mkdtempSync(join(tmpdir(), 'rbw-peak-')) : undefined;
  const peakFile = peakDir && join(peakDir, 'peak');
  const entry = options.measure ? 'bench/support/peak-rss.mjs' : 'bin/rbw.mjs';
  const started = performance.now();
  const heapMb = options.heapMb ?? PROCESS_LIMITS.heapMb;
  const timeoutSeconds = options.timeoutSeconds ?? PROCESS_LIMITS.seconds;
  const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, entry, ...args], {
    env: {
      ...process.env,
      RBW_LANG: 'id',
      ...(peakFile ? { RBW_TEST_PEAK_FILE: peakFile } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, timeoutSeconds * 1000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (code, signal) => resolve([code, signal])),
  );
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  let peakMb: number | undefined;
  if (peakFile) {
    // A process killed, or ended by V8 (heap exhausted), writes no peak.
    peakMb = existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8')) / 1024 : Number.NaN;
    rmSync(peakDir as string, { recursive: true, force: true });
  }
  const errLines = stderr.split('\n').filter((line) => line.trim() !== '');
  return {
    code,
    signal,
    stdout,
    errLines,
    seconds,
    ...(peakMb !== undefined ? { peakMb } : {}),
    ...(killed ? { killed } : {}),
  };
}

/** What the user must see for a refused input: one line on stderr starting with `rbw COMMAND: FILE`. */
export function expectOneLine(run: RbwRun, command: string, file: string): string {
  const line = run.errLines[0] ?? '';
  const problems: string[] = [];
  if (run.signal === 'SIGKILL') problems.push(`killed after ${PROCESS_LIMITS.seconds} s (hanging)`);
  else if (run.code !== 1) problems.push(`exit code ${run.code ?? run.signal}`);
  if (run.errLines.length !== 1) problems.push(`${run.errLines.length} lines on stderr`);
  if (!line.startsWith(`rbw ${command}: ${file}`)) problems.push(`line does not name ${file}`);
  if (/\n\s+at |Error:|node:internal/.test(run.errLines.join('\n'))) problems.push('a stack trace');
  if (/kesalahan tak terduga|unexpected error/.test(line)) problems.push('a bug caught as such');
  if (problems.length) throw new Error(`${problems.join(', ')}:\n${run.errLines.join('\n').slice(0, 2000)}`);
  return line;
}
