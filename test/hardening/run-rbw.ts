import { spawn } from 'node:child_process';

export interface RbwRun {
  code: number | null;
  /** The signal that ended it: SIGKILL when the harness's time limit killed it. */
  signal: NodeJS.Signals | null;
  stdout: string;
  /** Lines written to stderr (empty lines dropped). */
  errLines: string[];
}

/**
 * The harness's bounds on one `rbw` process: a hang is killed (SIGKILL) after this time, and a JavaScript
 * heap over this size ends it (Node's own limit, `--max-old-space-size`), so a case that runs away fails
 * instead of taking the machine. Generous on a loaded two-core machine, where a whole process takes up
 * to ~20 s just to start (tsx compiles the sources): ceilings, not benchmarks (bench/cases/bounds.ts
 * measures time and peak memory).
 */
export const PROCESS_LIMITS = { seconds: 150, heapMb: 1536 };

/** Runs `rbw` as a user would (`node bin/rbw.mjs …`, which `npx rbw` runs) in a child process, in Indonesian. */
export async function runRbw(
  args: string[],
  options: { env?: Record<string, string> } = {},
): Promise<RbwRun> {
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${PROCESS_LIMITS.heapMb}`, 'bin/rbw.mjs', ...args],
    {
      env: { ...process.env, RBW_LANG: 'id', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: PROCESS_LIMITS.seconds * 1000,
      killSignal: 'SIGKILL',
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (code, signal) => resolve([code, signal])),
  );
  const errLines = stderr.split('\n').filter((line) => line.trim() !== '');
  return { code, signal, stdout, errLines };
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
