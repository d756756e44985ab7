import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceDir } from '../fixtures/workbooks/reference-models';
import type { Workbench } from './support/workbench';
import { screenshot, startWorkbench } from './support/workbench';

/**
 * Issue 22, "an incomplete workbook is not a D": the blank PMPRB workbook has no answer, so Excel shows
 * #DIV/0! for its total (AVERAGE of a sub-area without answers; 'LKE Utama'!J71 as saved). The window's
 * header says so, gives no category, and names the empty sub-areas (all of them, the first being
 * "Tim Reformasi Birokrasi" under I. MANAJEMEN PERUBAHAN).
 */
describe('the header of an incomplete workbook', () => {
  let wb: Workbench;
  const folder = mkdtempSync(join(tmpdir(), 'rbw-incomplete-'));
  beforeAll(async () => {
    wb = await startWorkbench(null);
    wb.files.grantFolder(folder);
  }, 120_000);
  afterAll(async () => wb?.close());

  it('shows "belum lengkap (#DIV/0!)" without a category, naming the empty sub-areas', async () => {
    const { page } = wb;
    const copy = join(folder, 'pmprb-blank.xlsx');
    copyFileSync(join(referenceDir, 'workbooks', 'lke-pmprb-2015-kemenkumham-pusat-unit-blank.xlsx'), copy);
    await page.getByRole('button', { name: 'Buka', exact: true }).click();
    await page.getByTestId('open-path').fill(copy);
    await page.getByTestId('open-dialog').getByRole('button', { name: 'Buka', exact: true }).click();
    const header = page.locator('.header-total');
    await header.waitFor({ timeout: 120_000 });
    await expect(header.textContent()).resolves.toContain('belum lengkap (#DIV/0!)');
    await expect(header.locator('.category-badge').count()).resolves.toBe(0);
    await expect(header.textContent()).resolves.not.toMatch(/\bD\b/);
    await expect(header.getAttribute('title')).resolves.toContain('Tim Reformasi Birokrasi');
    // The summary's total says the same, without a category.
    await expect(page.getByTestId('total-incomplete').textContent()).resolves.toBe('belum lengkap (#DIV/0!)');
    await expect(page.getByTestId('category').count()).resolves.toBe(0);
    await screenshot(page, '22-incomplete-header');
  }, 240_000);
});
