import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import type { Workbench } from './support/workbench';
import { cell, cellShows, expectTotal, REAL_WORKBOOK, screenshot, startWorkbench } from './support/workbench';

/**
 * "Jadikan template" (issue 26): a document imported from the real ZI workbook is saved as a template of
 * the user's own, listed in "Baru", and a new document made from it starts empty and is scored by the
 * workbook's formulas (the template keeps the workbook, emptied).
 */
describe('Jadikan template from an imported workbook', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench(REAL_WORKBOOK);
    await expectTotal(wb.page, '95,58', 90_000);
  });
  afterAll(async () => wb?.close());

  it('saves the workbook as a template, lists it in "Baru" and makes a document from it', async () => {
    const { page } = wb;
    await page.getByTestId('open-findings').click();
    const form = page.getByTestId('make-template');
    await form.waitFor();
    await page.getByTestId('make-template-id').fill('zi-kota-contoh');
    await page.getByTestId('make-template-name').fill('LKE ZI Kota Contoh');
    expect(await checkAccessibility(page, 'Jadikan template')).toEqual([]);
    await page.getByTestId('make-template-save').click();
    const done = page.getByTestId('make-template-done');
    await done.waitFor({ timeout: 120_000 });
    expect(await done.textContent()).toContain('zi-kota-contoh');
    expect(await done.textContent()).toContain('113 pertanyaan');
    await screenshot(page, '30-make-template');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Baru', exact: true }).click();
    await page.getByTestId('new-template').selectOption('zi-kota-contoh');
    await page.getByTestId('new-dialog').getByRole('button', { name: 'Buat', exact: true }).click();
    // A blank document scored by the workbook's own formulas: every sub-area divides by zero, as in Excel,
    // so the total is incomplete, not 0,00 D (issue 22).
    await page.getByTestId('total-incomplete').filter({ hasText: 'belum lengkap (#DIV/0!)' }).waitFor({
      timeout: 60_000,
    });
    expect(await page.locator('.doc-name').textContent()).toContain('LKE ZI Kota Contoh');
    // Ya on a Ya/Tidak question of Penyusunan Tim Kerja. The workbook's own total stays incomplete (its
    // other sub-areas divide by zero, as in Excel); by the regulation's rule the sub-area is whole.
    await page.getByTestId('tree-A.I.1.i').click();
    await cell(page, 'A.I.1.i.a', 'answer').click();
    await page.keyboard.type('ya');
    await page.keyboard.press('Enter');
    await cellShows(page, 'A.I.1.i.a', 'answer', 'Ya');
    await page
      .getByTestId('standard-total')
      .filter({ hasNotText: /^0,00$/ })
      .waitFor();
    await screenshot(page, '31-document-from-template');
  });
});
