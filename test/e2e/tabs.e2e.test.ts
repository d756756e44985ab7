import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../service/documents/create-document';
import { readAppSettings } from '../../service/workbench/app-settings';
import { builtinTemplate } from '../../shared/builtin-templates';
import { openPage } from './support/browser';
import type { Workbench } from './support/workbench';
import { cell, cellShows, expectTotal, screenshot, startWorkbench } from './support/workbench';

// A user's first start, then two browser tabs on one document (1366×768), then a tab opened without
// the token. Totals by hand from the ZI 2021 LKE: a sub-area's value is its weight times the average of
// its answered questions (Ya = 1, Tidak = 0). A.I.1.i (weight 0,5): Ya on A.I.1.i.a alone gives 0,50;
// A.I.1.ii (weight 1): Ya on A.I.1.ii.a alone gives 1,00.

const template = builtinTemplate('zi-2021');
if (!template) throw new Error('zi-2021 is missing');

/** Answers a question by keyboard as a user does: click the cell, type, Enter. */
async function answer(page: Page, area: string, itemId: string, key: string): Promise<void> {
  await page.getByTestId(`tree-${area}`).click();
  await cell(page, itemId, 'answer').click();
  await page.keyboard.type(key);
  await page.keyboard.press('Enter');
}

describe('two tabs on one document, the first-start name, a tab without the token', () => {
  let wb: Workbench;
  let tabB: Page;

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rbw-tabs-'));
    const file = join(folder, 'dinas-dua-tab.rbw');
    await createDocument(file, {
      template,
      metadata: { agency: 'Kota Contoh', unit: 'Dinas Dua Tab', year: 2026 },
      author: 'Uji E2E',
    });
    wb = await startWorkbench(file, { askName: true });
    await wb.page.locator('.doc-title').filter({ hasText: 'dinas-dua-tab.rbw' }).waitFor();
  });
  afterAll(async () => wb?.close());

  it('takes a name with a space typed straight into the first-start dialog', async () => {
    const { page } = wb;
    const dialog = page.getByTestId('author-dialog');
    await dialog.waitFor();
    // No click: the keyboard goes where the dialog put the focus.
    await page.keyboard.type('Siti Rahma');
    await screenshot(page, '90-name-typed');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(readAppSettings().author).toBe('Siti Rahma');
  });

  it('shows what another tab answers, with the total, without being touched', async () => {
    const { page } = wb;
    tabB = await page.context().newPage();
    await tabB.goto(wb.server.url);
    await tabB.locator('.doc-title').filter({ hasText: 'dinas-dua-tab.rbw' }).waitFor();
    await expectTotal(page, '0,00');
    await expectTotal(tabB, '0,00');
    await tabB.getByTestId('tree-A.I.1.i').click();

    await answer(page, 'A.I.1.i', 'A.I.1.i.a', 'y');
    await expectTotal(page, '0,50');
    // Tab B follows on its own: the answer in its grid and the total in its header.
    await expectTotal(tabB, '0,50');
    await cellShows(tabB, 'A.I.1.i.a', 'answer', 'Ya');
    await tabB.getByTestId('tree-ROOT').filter({ hasText: '0,50 / 100,00' }).waitFor();
    await screenshot(tabB, '91-tab-b-follows-tab-a');

    await answer(tabB, 'A.I.1.ii', 'A.I.1.ii.a', 'y');
    await expectTotal(tabB, '1,50');
    await expectTotal(page, '1,50');
    await page.getByTestId('tree-A.I.1.ii').click();
    await cellShows(page, 'A.I.1.ii.a', 'answer', 'Ya');
  });

  it("undoes in tab A what tab A did, leaving tab B's later change", async () => {
    const { page } = wb;
    await cell(page, 'A.I.1.ii.a', 'answer').click();
    await page.keyboard.press('Control+z');
    // A's Ya on A.I.1.i.a is taken back (0,50 less); B's Ya on A.I.1.ii.a stays: 1,00 in both tabs.
    await expectTotal(page, '1,00');
    await expectTotal(tabB, '1,00');
    await cellShows(page, 'A.I.1.ii.a', 'answer', 'Ya');
    await tabB.getByTestId('tree-A.I.1.i').click();
    await cellShows(tabB, 'A.I.1.i.a', 'answer', '');
    await screenshot(page, '92-tab-a-undid-its-own');
  });

  it("says so when tab B changed the same answer since, and leaves B's answer", async () => {
    const { page } = wb;
    await answer(page, 'A.I.1.i', 'A.I.1.i.a', 'y');
    await expectTotal(tabB, '1,50');
    await answer(tabB, 'A.I.1.i', 'A.I.1.i.a', 't');
    // Tidak (0) on the only answered question of A.I.1.i: that sub-area gives 0, the total 1,00.
    await expectTotal(page, '1,00');
    await cellShows(page, 'A.I.1.i.a', 'answer', 'Tidak');
    await cell(page, 'A.I.1.i.a', 'answer').click();
    await page.keyboard.press('Control+z');
    const notice = page.getByTestId('notice').filter({ hasText: 'diubah di jendela lain' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('A.I.1.i.a');
    await screenshot(page, '93-undo-overtaken-by-tab-b');
    await cellShows(page, 'A.I.1.i.a', 'answer', 'Tidak');
    await cellShows(tabB, 'A.I.1.i.a', 'answer', 'Tidak');
    await expectTotal(page, '1,00');
    await expectTotal(tabB, '1,00');
  });

  it('warns in the grid when "selesai 40" exceeds "harus 10", and scores it capped as the LKE does', async () => {
    const { page } = wb;
    // A.II.5.ii (weight 3) has one question, the share of complaints followed up (.3) of those that must
    // be (.1), at most 100%: 40 of 10 gives 3 × 1 = 3,00 on top of the 1,00 so far.
    await answer(page, 'A.II.5.ii', 'A.II.5.ii.a.1', '10');
    await answer(page, 'A.II.5.ii', 'A.II.5.ii.a.2', '0');
    await answer(page, 'A.II.5.ii', 'A.II.5.ii.a.3', '40');
    await expectTotal(page, '4,00');
    const notice = page.getByTestId('notice').filter({ hasText: 'melebihi' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      'Jumlah pengaduan masyarakat yang selesai ditindaklanjuti (40) melebihi Jumlah pengaduan masyarakat ' +
        'yang harus ditindaklanjuti (10)',
    );
    // The grid follows in the frame after the total.
    const value = cell(page, 'A.II.5.ii.a', 'value');
    await expect.poll(() => value.textContent(), { timeout: 10_000 }).toMatch(/^⚠ /);
    expect(await value.getAttribute('class')).toContain('over-whole');
    await screenshot(page, '95-count-over-whole');
    // The other tab follows, warning included.
    await expectTotal(tabB, '4,00');
    await tabB.getByTestId('tree-A.II.5.ii').click();
    await cellShows(tabB, 'A.II.5.ii.a.3', 'answer', '40');
    await expect
      .poll(() => cell(tabB, 'A.II.5.ii.a', 'value').textContent(), { timeout: 10_000 })
      .toMatch(/^⚠ /);
    // Within its whole, the warning goes: 5 of 10 gives 3 × 0,5 = 1,50, the total 2,50.
    await answer(page, 'A.II.5.ii', 'A.II.5.ii.a.3', '5');
    await expectTotal(page, '2,50');
    await expect
      .poll(() => cell(page, 'A.II.5.ii.a', 'value').textContent(), { timeout: 10_000 })
      .toBe('0,50');
  });

  it('tells a tab opened without the token how to open the workbench, in Indonesian and English', async () => {
    const page = await openPage(wb.browser, `http://127.0.0.1:${wb.server.port}/`);
    const shown = page.getByTestId('no-access');
    await shown.waitFor();
    const text = (await shown.textContent()) ?? '';
    expect(text).toContain('Alamat ini tidak membawa kunci akses');
    expect(text).toContain('This address carries no access key');
    expect(text).toContain('npm run web');
    expect(text).toContain(`http://127.0.0.1:${wb.server.port}/#token=`);
    expect(text).not.toContain('ui.');
    expect(await page.getByText('Memuat').count()).toBe(0);
    await screenshot(page, '94-no-token');
    await page.context().close();
  });
});
