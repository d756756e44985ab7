import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceDir } from '../fixtures/workbooks/reference-models';
import type { Workbench } from './support/workbench';
import { screenshot, startWorkbench } from './support/workbench';

/**
 * Issue 22, "findings must be about the file": in the findings dialog of the derived PMPRB filling, a
 * formula seen wrong only with trial answers (L130, the LHKPN ratio uncapped) says which trial answers
 * showed it and what the file shows: 11 ÷ (5 + 20 + 20) = 0,2444 (LibreOffice recalculating the file
 * gives 0.244444444444444). Below the list, the sheet's difference workbook − regulation starts from the
 * sheet's own total 62,9421 ('LKE Pusat'!L228, LibreOffice) and the effects listed add up to it with
 * what is left.
 */
describe('the findings dialog says which answers each finding used', () => {
  let wb: Workbench;
  const folder = mkdtempSync(join(tmpdir(), 'rbw-findings-e2e-'));
  beforeAll(async () => {
    wb = await startWorkbench(null);
    wb.files.grantFolder(folder);
  }, 120_000);
  afterAll(async () => wb?.close());

  it('names the trial set, gives the file’s own value and adds the effects up', async () => {
    const { page } = wb;
    const copy = join(folder, 'pmprb-s1.xlsx');
    copyFileSync(
      join(referenceDir, 'workbooks', 'derived', 'lke-pmprb-2015-kemenkumham-randfill-s1.xlsx'),
      copy,
    );
    await page.getByRole('button', { name: 'Buka', exact: true }).click();
    await page.getByTestId('open-path').fill(copy);
    await page.getByTestId('open-dialog').getByRole('button', { name: 'Buka', exact: true }).click();
    await page.locator('.header-total').waitFor({ timeout: 120_000 });
    await page.getByTestId('open-findings').click();
    const dialog = page.getByTestId('findings-dialog');
    await dialog.locator('ol.findings li').first().waitFor({ timeout: 120_000 });
    const items = await dialog.locator('ol.findings li').allTextContents();
    const l130 = items.find((text) => text.includes('sel L130:')) ?? '';
    expect(l130).toMatch(/dengan jawaban uji acak no\. \d/);
    expect(l130).toContain('dengan jawaban berkas ini sel menampilkan 0,2444');
    const difference = (await dialog.getByTestId('findings-difference').textContent()) ?? '';
    expect(difference).toMatch(
      /^Selisih lembar "LKE Pusat" \(rumus workbook − aturan standar\): rumus workbook 62,9421 /,
    );
    const number = (text: string): number => Number(text.replace('−', '-').replace(',', '.'));
    const m = /= ([−+][\d,]+); pengaruh temuan di atas ([−+]?[\d,]+), selisih lain ([−+]?[\d,]+)/.exec(
      difference,
    );
    expect(m).not.toBeNull();
    const [stated, listed, other] = (m as RegExpExecArray).slice(1).map(number) as [number, number, number];
    const effects = items.flatMap((text) => {
      const e = /pengaruh pada nilai total: ([−+]?[\d,]+)/.exec(text);
      return e ? [number(e[1] as string)] : [];
    });
    expect(effects.reduce((a, b) => a + b, 0)).toBeCloseTo(listed, 3);
    expect(listed + other).toBeCloseTo(stated, 3);
    await dialog.getByTestId('findings-difference').scrollIntoViewIfNeeded();
    await screenshot(page, '22-findings-about-the-file');
  }, 300_000);
});
