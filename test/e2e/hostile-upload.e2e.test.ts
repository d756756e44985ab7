import { farRangeWorkbook } from '../support/far-range-workbook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deeplyNestedLke, smallLkeWorkbook } from '../support/small-lke-workbook';
import type { Workbench } from './support/workbench';
import { screenshot, startWorkbench } from './support/workbench';

/**
 * Hostile formulas uploaded from the window in browser mode ("Impor Excel", a file chosen): the small LKE
 * of test/support worked out by hand (i. = 3, ii. = 6, A. = 9, B. = 3,75, total 12,75 at most 15).
 */
describe('hostile formulas uploaded from the window', () => {
  let wb: Workbench;
  beforeAll(async () => {
    wb = await startWorkbench(null);
  }, 120_000);
  afterAll(async () => wb?.close());

  async function upload(name: string, buffer: Buffer): Promise<void> {
    const { page } = wb;
    await page.getByRole('button', { name: 'Impor Excel', exact: true }).click();
    await page.getByTestId('import-file').setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
  }

  it('a sub-area nested 20,000 IF(1,…) deep: 12,75 in the header, J3 named once among the findings', async () => {
    const { page } = wb;
    await upload('bertumpuk.xlsx', await deeplyNestedLke(20_000));
    // Its stored result 3 stands in for the formula: A. = 3 + 6, B. = 3,75.
    await page.locator('.header-total', { hasText: '12,75' }).waitFor({ timeout: 120_000 });
    await page.getByTestId('open-findings').click();
    const dialog = page.getByTestId('findings-dialog');
    await dialog.locator('ol.findings li').first().waitFor({ timeout: 120_000 });
    const items = await dialog.locator('ol.findings li').allTextContents();
    // One line, saying the formula could not be read: nothing about what it would give on other answers.
    const j3 = items.filter((text) => text.includes('sel J3:'));
    expect(j3, items.join('\n').slice(0, 2000)).toHaveLength(1);
    expect(j3[0]).toContain('bertumpuk.xlsx: lembar "Lembar Kerja": sel J3: rumus tidak dapat dibaca');
    expect(j3[0]).toContain('bertumpuk lebih dari 120 tingkat');
    await screenshot(page, '22-upload-nested-20000');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  }, 300_000);

  it('the same formula whose stored result is not the rule’s: the finding shows the formula’s start only', async () => {
    const { page } = wb;
    // J3 stored 2 where the rule gives 3: A. = 2 + 6 = 8, the total 8 + 3,75 = 11,75.
    await upload('bertumpuk-lain.xlsx', await deeplyNestedLke(20_000, 2));
    await page.locator('.header-total', { hasText: '11,75' }).waitFor({ timeout: 120_000 });
    await page.getByTestId('open-findings').click();
    const dialog = page.getByTestId('findings-dialog');
    await dialog.locator('ol.findings li').first().waitFor({ timeout: 120_000 });
    const j3 = dialog.locator('ol.findings li', { hasText: 'sel J3: rumus A.i' });
    await j3.waitFor();
    // The formula's hundred thousand characters are not all put on screen: its first 600, then "…".
    const formula = (await j3.locator('.formula code').first().textContent()) ?? '';
    expect(formula).toMatch(/^=IF\(1,IF\(1,.*…$/);
    expect(formula.length).toBe(602);
    await screenshot(page, '22-upload-nested-20000-differs');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  }, 300_000);

  it('a range too large even over the used range is refused in one line; the document stays', async () => {
    const { page } = wb;
    await upload('jauh.xlsx', await farRangeWorkbook());
    const notice = page.locator('[data-testid="notice"].error, [data-testid="dialog-notice"]');
    await notice.first().waitFor({ timeout: 120_000 });
    const said = ((await notice.first().textContent()) ?? '').trim();
    expect(said).toContain('jauh.xlsx');
    expect(said).toContain('lembar "LKE ZI"');
    expect(said).toContain('sel L207');
    expect(said.split('\n')).toHaveLength(1);
    await screenshot(page, '22-upload-range-refused');
    await page.keyboard.press('Escape');
    // The document on screen is the one uploaded before, as it was.
    await page.locator('.header-total', { hasText: '11,75' }).waitFor();
    expect(await page.locator('.doc-title').textContent()).toContain('bertumpuk-lain');
  }, 300_000);

  it('a total cell summing its own whole sheet: the window says the workbook’s total is not complete', async () => {
    // J10 = SUM(A1:XFD1048576) reads itself: a circular reference, an error in LibreOffice (Err:522) as
    // in Excel, and `rbw score` says "belum lengkap (… #CYCLE! …)". Not a total of 0,00 and a D.
    const { page } = wb;
    await upload('seluruh-lembar.xlsx', await smallLkeWorkbook('SUM(A1:XFD1048576)'));
    await page.locator('.doc-title', { hasText: 'seluruh-lembar' }).waitFor({ timeout: 120_000 });
    const header = page.getByTestId('header-incomplete');
    await header.waitFor({ timeout: 30_000 });
    expect(await header.textContent()).toBe('belum lengkap (#CYCLE!)');
    expect(await page.locator('.header-total').textContent()).not.toContain('0,00');
    // The tree's root and the grid's total row say the same, as Excel shows the cell.
    await page.getByTestId('tree-ROOT').click();
    await page
      .getByTestId('tree-ROOT')
      .locator('.tree-figure')
      .filter({ hasText: /^#CYCLE! \/ 15,00$/ })
      .waitFor();
    await page
      .locator('.ag-row-pinned[row-id^="total:"] .ag-cell[col-id="value"]')
      .filter({ hasText: /^#CYCLE!$/ })
      .waitFor();
    // Nor a difference from the regulation's total: an error has no value to subtract.
    expect(await page.getByTestId('rule-difference').count()).toBe(0);
    await screenshot(page, '22-upload-whole-sheet-total');
  }, 300_000);
});
