import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FileGrants } from '../../../service/api/window';
import {
  callFromWindow,
  closeAllDocuments,
  setStartupFile,
  windowFileAccess,
} from '../../../service/api/window';
import type { WebServer } from '../../../web/server';
import { saveAuthor } from '../../../service/workbench/app-settings';
import { startWebServer } from '../../../web/server';
import { launchBrowser, openPage } from './browser';

export const REPO = resolve(import.meta.dirname, '..', '..', '..');
export { REAL_WORKBOOK } from '../../../scripts/templates/reference';
export const ARTIFACTS = join(REPO, 'test-results', 'e2e');
/** Who the e2e tests' changes are by (history names them). */
const AUTHOR = 'Uji E2E';

export interface Workbench {
  server: WebServer;
  browser: Browser;
  page: Page;
  dataDir: string;
  /** What the window may use: the data folder and the file given at start (grant more for a test). */
  files: FileGrants;
  close: () => Promise<void>;
}

/**
 * Browser mode as a user starts it (`npm run web -- FILE`): the built renderer and the service on
 * 127.0.0.1 with a fresh data folder, and Debian's Chromium at 1366×768 on the printed URL. The user's
 * name is set to "Uji E2E" as if asked before, unless `askName` (a first start: the window asks).
 */
export async function startWorkbench(
  file: string | null,
  options: { askName?: boolean } = {},
): Promise<Workbench> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rbw-e2e-'));
  process.env.RBW_DATA_DIR = dataDir;
  if (!options.askName) saveAuthor(AUTHOR);
  mkdirSync(ARTIFACTS, { recursive: true });
  setStartupFile(file);
  const files = windowFileAccess();
  if (file) files.grantFile(file);
  const server = await startWebServer({
    staticDir: join(REPO, 'dist', 'renderer'),
    call: callFromWindow,
    author: AUTHOR,
    files,
  });
  const browser = await launchBrowser();
  // What the page complains about: a grid feature left out of the modules registered, a resource the
  // Content-Security-Policy refused. Either fails the test file when it closes.
  const complaints: string[] = [];
  const page = await openPage(browser, server.url, (message) => {
    if (/AG Grid|Content Security Policy|Refused to/i.test(message)) complaints.push(message);
  });
  return {
    server,
    browser,
    page,
    dataDir,
    files,
    close: async () => {
      await browser.close();
      await server.close();
      closeAllDocuments();
      if (complaints.length) throw new Error(`the page complained:\n${complaints.join('\n')}`);
    },
  };
}

export const cell = (page: Page, rowId: string, colId: string) =>
  page.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);

/** Waits until a cell shows `text` (the grid follows an edit in the frame after the total). */
export async function cellShows(page: Page, rowId: string, colId: string, text: string): Promise<void> {
  const target = cell(page, rowId, colId);
  try {
    await page.waitForFunction(
      ([selector, expected]) => document.querySelector(selector as string)?.textContent === expected,
      [`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`, text],
      { timeout: 10_000 },
    );
  } catch (error) {
    throw new Error(`${rowId} ${colId} shows ${await target.textContent()} instead of ${text}`, {
      cause: error,
    });
  }
}

export async function totalText(page: Page): Promise<string> {
  return (await page.getByTestId('total-score').textContent()) ?? '';
}

/**
 * Waits until the total on screen is exactly `expected` ('0,50' is not '10,50'; the UI updates after the
 * service saved the edit).
 */
export async function expectTotal(page: Page, expected: string, timeout = 10_000): Promise<void> {
  const exactly = new RegExp(`^\\s*${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  try {
    await page.getByTestId('total-score').filter({ hasText: exactly }).waitFor({ timeout });
  } catch (error) {
    // Say what the screen showed instead, and keep a picture of it.
    await screenshot(page, `failed-total-${expected}`);
    const notice = await page
      .getByTestId('notice')
      .textContent({ timeout: 500 })
      .catch(() => null);
    throw new Error(`total ${await totalText(page)} instead of ${expected}; notice: ${notice ?? 'none'}`, {
      cause: error,
    });
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}
