import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { REPO } from './files';
import { now } from './measure';
import { NAME_SHIM, watchFirstRow } from './page-probes';

export interface BrowserMode {
  /** The URL browser mode printed (with its token). */
  url: string;
  origin: string;
  /** From starting the process to the URL printed: Node, the service's modules, FILE opened or imported. */
  startupMs: number;
  stop: () => Promise<void>;
}

/**
 * Browser mode as a user starts it, `npm run web -- FILE` (the renderer already built): its own Node
 * process, here with its own data folder, so that the service's event loop is not shared with
 * Playwright's protocol traffic as it is when the e2e tests start it in their own process.
 */
export async function startBrowserMode(file: string, dataDir: string): Promise<BrowserMode> {
  const start = now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'web', 'main.ts'), file], {
    cwd: REPO,
    env: { ...process.env, RBW_DATA_DIR: dataDir, RBW_AUTHOR: 'bench' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let errors = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      const found = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(chunk.toString());
      if (found) resolve(found[1] as string);
    });
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`browser mode exited (${code}): ${errors.trim()}`)));
  });
  return { url, origin: new URL(url).origin, startupMs: now() - start, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * A page like the e2e tests' openPage (1366×768, Indonesian locale), with the bench's probes installed
 * before any navigation.
 */
export async function benchPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  const page = await context.newPage();
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript(watchFirstRow);
  return page;
}
