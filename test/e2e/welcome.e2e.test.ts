import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import type { Workbench } from './support/workbench';
import {
  cell,
  cellShows,
  expectTotal,
  REAL_WORKBOOK,
  screenshot,
  startWorkbench,
  totalText,
} from './support/workbench';

// A new user's first start at 1366×768: the welcome screen ("Beranda") instead of the sample, the name
// for history asked once, the recent documents with title, total and date, and the way back home.

/** Indonesian short month names (as id-ID writes dates), by hand. */
const MONTHS_ID = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

describe('the welcome screen and the name in history', () => {
  let wb: Workbench;
  const violations: string[] = [];

  beforeAll(async () => {
    wb = await startWorkbench(null, { askName: true });
  });
  afterAll(async () => wb?.close());

  it('shows the welcome screen, not the sample, in a fresh data folder, and asks for the name', async () => {
    const { page } = wb;
    await page.getByTestId('welcome').waitFor();
    const dialog = page.getByTestId('author-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Nama Anda — dicatat di riwayat perubahan');
    await page.waitForTimeout(300);
    await screenshot(page, '60-welcome-first-start');
    violations.push(...(await checkAccessibility(page, 'dialog Nama Anda')));
    // No document was made or opened: no sample, no grid, no total.
    expect(await page.locator('.doc-title').textContent()).not.toContain('Dinas Contoh');
    expect(await page.getByTestId('total-score').count()).toBe(0);
    await page.getByTestId('author-name').fill('Siti Rahma');
    await page.getByTestId('author-save').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('welcome-author-name').filter({ hasText: 'Siti Rahma' }).waitFor();
    expect(await page.getByTestId('welcome-no-recent').textContent()).toContain('Belum ada dokumen');
    await screenshot(page, '61-welcome-empty');
    violations.push(...(await checkAccessibility(page, 'welcome screen (empty)')));
  });

  it('asks for the name only once: a reload shows the welcome screen without the question', async () => {
    const { page } = wb;
    await page.reload();
    await page.getByTestId('welcome-author-name').filter({ hasText: 'Siti Rahma' }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByTestId('author-dialog').count()).toBe(0);
  });

  it('opens the sample from "Coba contoh"; a change made afterwards shows the name in "Riwayat"', async () => {
    const { page } = wb;
    await page.getByTestId('welcome-sample').click();
    await page.locator('.doc-title').filter({ hasText: 'Dinas Contoh' }).waitFor();
    await page.getByTestId('tree-A.I.1.i').click();
    await cell(page, 'A.I.1.i.a', 'answer').click();
    // The sample answers A.I.1.i.a "Tidak" (not yet done); the user answers Ya.
    await cellShows(page, 'A.I.1.i.a', 'answer', 'Tidak');
    await page.keyboard.type('y');
    await page.keyboard.press('Enter');
    await cellShows(page, 'A.I.1.i.a', 'answer', 'Ya');
    await cell(page, 'A.I.1.i.a', 'answer').click();
    await page.getByRole('button', { name: 'Riwayat', exact: true }).click();
    const history = page.getByTestId('history-dialog');
    await history.locator('ol.history > li').first().waitFor();
    const latest = history.locator('ol.history > li').first();
    expect(await latest.textContent()).toContain('Siti Rahma');
    expect(await latest.textContent()).toMatch(/Tidak → Ya/);
    await screenshot(page, '62-history-names-the-user');
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });
  });

  it('lists the recent documents with title, total, category and date, each opening its document', async () => {
    const { page } = wb;
    const sampleTotal = await totalText(page);
    // The real workbook, imported from the welcome screen (an upload, as in browser mode).
    await page.getByTestId('home').click();
    await page.getByTestId('welcome-import').click();
    await page.getByTestId('import-file').setInputFiles(REAL_WORKBOOK);
    await expectTotal(page, '95,58', 90_000);
    await page.getByTestId('home').click();
    await page.getByTestId('welcome').waitFor();
    const rows = page.getByTestId('recent-row');
    // Totals come after the list: both rows scored (the sample's stored scores are stale after the edit).
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="recent-total"]')].filter((c) =>
          /\d,\d\d/.test(c.textContent ?? ''),
        ).length === 2,
      null,
      { timeout: 60_000 },
    );
    expect(await rows.count()).toBe(2);
    const workbook = rows.nth(0);
    const sample = rows.nth(1);
    // The workbook names no agency or unit: its file name, then the year and model it holds.
    expect(await workbook.getByTestId('recent-open').textContent()).toBe('lke-zi-2021-filled · 2021 · ZI');
    expect(await workbook.getByTestId('recent-total').textContent()).toBe('95,58');
    expect(await workbook.getByTestId('recent-category').textContent()).toBe('AA');
    expect(await sample.getByTestId('recent-open').textContent()).toBe(
      'Pemerintah Kota Contoh · Dinas Contoh · 2021 · ZI',
    );
    expect(await sample.getByTestId('recent-total').textContent()).toBe(sampleTotal);
    const today = new Date();
    const day = `${today.getDate()} ${MONTHS_ID[today.getMonth()]} ${today.getFullYear()}`;
    expect(await workbook.getByTestId('recent-date').textContent()).toContain(day);
    expect(await sample.getByTestId('recent-date').textContent()).toContain(day);
    await screenshot(page, '63-welcome-recent');
    violations.push(...(await checkAccessibility(page, 'welcome screen (recent)')));
    await sample.getByTestId('recent-open').click();
    await page.locator('.doc-title').filter({ hasText: 'Dinas Contoh' }).waitFor();
    await expectTotal(page, sampleTotal);
    await cellShows(page, 'A.I.1.i.a', 'answer', 'Ya');
  });

  it('goes home from the header and back to the document', async () => {
    const { page } = wb;
    await page.getByTestId('home').click();
    await page.getByTestId('welcome').waitFor();
    expect(await page.locator('.ag-root').isVisible()).toBe(false);
    // The sample is now the latest: it is listed first.
    await page
      .getByTestId('recent-row')
      .first()
      .getByTestId('recent-open')
      .filter({ hasText: 'Dinas Contoh' })
      .waitFor();
    await page.getByTestId('welcome-back').click();
    await page.getByTestId('welcome').waitFor({ state: 'detached' });
    expect(await page.locator('.ag-root').isVisible()).toBe(true);
  });

  it('changes the name from the welcome screen, and speaks English with the toggle', async () => {
    const { page } = wb;
    await page.getByTestId('home').click();
    await page.getByTestId('welcome-author-change').click();
    await page.getByTestId('author-name').fill('Siti R.');
    await page.getByTestId('author-save').click();
    await page.getByTestId('welcome-author-name').filter({ hasText: 'Siti R.' }).waitFor();
    await page.getByTestId('language').click();
    await page.getByRole('heading', { name: 'Recent documents' }).waitFor();
    await screenshot(page, '64-welcome-english');
    await page.getByTestId('language').click();
    await page.getByRole('heading', { name: 'Dokumen terakhir' }).waitFor();
  });

  it('has no WCAG 2.1 A/AA accessibility violation on the welcome screen and the name dialog', () => {
    expect(violations).toEqual([]);
  });
});
