import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RbwRun {
  code: number | null;
  stdout: string;
  /** Lines written to stderr (empty lines dropped). */
  errLines: string[];
  seconds: number;
  /** Peak resident memory of the process in MB (only with `measure`). */
  peakMb?: number;
  /** The process was killed for running past `timeoutSeconds`. */
  killed?: boolean;
}

/**
 * Runs `rbw` as a user would (`node bin/rbw.mjs …`, which `npx rbw` runs) in a child process, with the
 * Indonesian messages. With `measure`, runs it through peak-rss.mjs instead, which does the same and
 * also reports the process's peak resident memory.
 */
export async function runRbw(
  args: string[],
  options: {
    measure?: boolean;
    env?: Record<string, string>;
    /** Bounds the process's JavaScript heap: past it, V8 ends the process (a fatal error, exit 134). */
    heapMb?: number;
    /** Kills the process after this long (a hang fails the test by `killed`, not by the harness). */
    timeoutSeconds?: number;
  } = {},
): Promise<RbwRun> {
  const peakDir = options.measure ? mkdtempSync(join(tmpdir(), 'rbw-peak-')) : undefined;
  const peakFile = peakDir && join(peakDir, 'peak');
  const entry = options.measure ? 'test/hardening/peak-rss.mjs' : 'bin/rbw.mjs';
  const started = performance.now();
  const heap = options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : [];
  const child = spawn(process.execPath, [...heap, entry, ...args], {
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
  const timer =
    options.timeoutSeconds === undefined
      ? undefined
      : setTimeout(() => {
          killed = true;
          child.kill('SIGKILL');
        }, options.timeoutSeconds * 1000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
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
  if (run.code !== 1) problems.push(`exit code ${run.code}`);
  if (run.errLines.length !== 1) problems.push(`${run.errLines.length} lines on stderr`);
  if (!line.startsWith(`rbw ${command}: ${file}`)) problems.push(`line does not name ${file}`);
  if (/\n\s+at |Error:|node:internal/.test(run.errLines.join('\n'))) problems.push('a stack trace');
  if (/kesalahan tak terduga|unexpected error/.test(line)) problems.push('a bug caught as such');
  if (problems.length) throw new Error(`${problems.join(', ')}:\n${run.errLines.join('\n').slice(0, 2000)}`);
  return line;
}
