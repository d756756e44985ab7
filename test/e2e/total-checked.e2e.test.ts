import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workbench } from './support/workbench';
import { screenshot, startWorkbench } from './support/workbench';
import { smallLkeWorkbook } from '../support/small-lke-workbook';

/**
 * Issue 22, "a total must be a total": a small LKE worked out by hand (i. = AVERAGE(1; 0,5) × 4 = 3,
 * ii. = 1 × 6 = 6, A. = 9, B. = 3 ÷ 4 × 5 = 3,75; at most 15, typed on the total row) whose total cell
 * J10 is SUM(J2:J9): it adds the components and every row below them again, 28 (LibreOffice gives the
 * same). The window shows the workbook's 28 but says, beside it, that it exceeds 15 and is not A. + B.
 */
async function lkeSummingEverything(path: string): Promise<void> {
  writeFileSync(path, await smallLkeWorkbook('SUM(J2:J9)'));
}

describe('a total that is not a total, in the window', () => {
  let wb: Workbench;
  const folder = mkdtempSync(join(tmpdir(), 'rbw-total-e2e-'));
  beforeAll(async () => {
    wb = await startWorkbench(null);
    wb.files.grantFolder(folder);
  }, 120_000);
  afterAll(async () => wb?.close());

  it('shows the workbook’s 28 with a warning naming J10, the maximum 15 and A. + B. = 12,75', async () => {
    const { page } = wb;
    const file = join(folder, 'total-dobel.xlsx');
    await lkeSummingEverything(file);
    await page.getByRole('button', { name: 'Buka', exact: true }).click();
    await page.getByTestId('open-path').fill(file);
    await page.getByTestId('open-dialog').getByRole('button', { name: 'Buka', exact: true }).click();
    const header = page.locator('.header-total');
    await header.waitFor({ timeout: 120_000 });
    await expect(header.textContent()).resolves.toContain('28,00');
    const warning = page.getByTestId('header-total-warning');
    await warning.waitFor({ timeout: 30_000 });
    const said = (await warning.getAttribute('title')) ?? '';
    expect(said).toContain('sel J10');
    expect(said).toContain('melebihi nilai maksimum 15,00');
    expect(said).toContain('A. J2 + B. J8 = 12,75');
    await warning.hover();
    await screenshot(page, '22-total-not-a-total');
  }, 300_000);

  it('a workbook without a total row: the added A. + B. = 15,25 above the components’ 15 is flagged', async () => {
    // A. written SUM(J3:J7) takes the sub-areas and their questions again: 3 + 1 + 0,5 + 6 + 1 = 11,5,
    // and B. = 3,75; the workbench adds the total itself, 15,25, while the components weigh 10 + 5 = 15.
    const { page } = wb;
    const file = join(folder, 'tanpa-total.xlsx');
    writeFileSync(
      file,
      await smallLkeWorkbook(null, (sheet) => {
        sheet.getCell('J2').value = { formula: 'SUM(J3:J7)' };
      }),
    );
    await page.getByRole('button', { name: 'Buka', exact: true }).click();
    await page.getByTestId('open-path').fill(file);
    await page.getByTestId('open-dialog').getByRole('button', { name: 'Buka', exact: true }).click();
    const header = page.locator('.header-total', { hasText: '15,25' });
    await header.waitFor({ timeout: 120_000 });
    const warning = page.getByTestId('header-total-warning');
    await warning.waitFor({ timeout: 30_000 });
    const said = (await warning.getAttribute('title')) ?? '';
    expect(said).toContain('lembar "Lembar Kerja"');
    expect(said).toContain('melebihi nilai maksimum 15,00');
    expect(said).toContain('A. J2 + B. J8');
    await warning.hover();
    await screenshot(page, '22-added-total-above-maximum');
  }, 300_000);
});
