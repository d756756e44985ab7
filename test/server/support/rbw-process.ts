import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';

/** Runs `rbw` (bin/rbw.mjs) as a user would, with `input` on standard input. */
export async function rbw(
  args: string[],
  input = '',
  env: Record<string, string> = {},
): Promise<{ code: number | null; lines: string[]; err: string }> {
  const child = spawn(process.execPath, ['bin/rbw.mjs', ...args], {
    env: { ...process.env, RBW_LANG: 'en', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  child.stdin.end(input);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, lines: out.split('\n').filter((line) => line.trim() !== ''), err };
}

/** Starts `rbw serve` and waits for the line with its URL; `stop` ends it (SIGTERM). */
export async function serve(
  args: string[],
): Promise<{ url: string; stop: () => Promise<void>; kill: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['bin/rbw.mjs', 'serve', ...args], {
    env: { ...process.env, RBW_LANG: 'en' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /https?:\/\/[^\s]+/.exec(out);
      if (found) resolve(found[0]);
    });
    child.on('close', (code) => reject(new Error(`rbw serve ended (${code}): ${err}`)));
  });
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('close', () => resolve());
      child.kill(signal);
    });
  return { url, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}
