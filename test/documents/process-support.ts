import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const worker = fileURLToPath(new URL('./workers/edit-worker.ts', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

export interface Worker {
  child: ChildProcess;
  /** Operations whose call has returned, as the worker reported them. */
  acknowledged: number[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  /** Resolves once `count` operations have been acknowledged, or for 0 once the worker is ready (or ended). */
  until: (count: number) => Promise<void>;
}

/** Starts an edit worker process (test/documents/workers/edit-worker.ts). */
export function startWorker(...args: string[]): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', worker, ...args], { cwd: root });
  const acknowledged: number[] = [];
  const waiting: { count: number; resolve: () => void }[] = [];
  let buffer = '';
  let stderr = '';
  let ended = false;
  let ready = false;
  const wake = () => {
    for (const w of [...waiting]) {
      if (ended || (w.count === 0 ? ready : acknowledged.length >= w.count)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'ready') ready = true;
      else if (line) acknowledged.push(Number(line));
    }
    wake();
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) =>
      child.on('exit', (code, signal) => {
        ended = true;
        wake();
        resolve({ code, signal, stderr });
      }),
  );
  const until = (count: number) =>
    new Promise<void>((resolve) => {
      waiting.push({ count, resolve });
      wake();
    });
  return { child, acknowledged, exited, until };
}
