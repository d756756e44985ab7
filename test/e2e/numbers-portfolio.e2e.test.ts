import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../service/documents/create-document';
import { builtinTemplate } from '../../shared/builtin-templates';
import { referenceDir } from '../fixtures/workbooks/reference-models';
import type { Workbench } from './support/workbench';
import { screenshot, startWorkbench } from './support/workbench';

const WORKBOOKS = join(referenceDir, 'workbooks');

/**
 * Issue 22, "Portofolio opened without --folder": the window lists the documents it can open (the data
 * folder, its subfolders as "Buka" lists them, and the recent documents), explains the "*" after a
 * total, shows the RB workbook's areas in the heat map, and an incomplete workbook (#DIV/0!) is no D.
 */
describe('Portofolio without --folder: the documents the window can open', () => {
  let wb: Workbench;
  const elsewhere = mkdtempSync(join(tmpdir(), 'rbw-elsewhere-'));
  const recent = join(elsewhere, 'dinas-contoh.rbw');

  beforeAll(async () => {
    const template = builtinTemplate('zi-2021');
    if (!template) throw new Error('zi-2021 is missing');
    await createDocument(recent, {
      template,
      records: { 'A.I.1.i.a': { answer: 'Ya' } },
      metadata: { agency: 'Kota Contoh', unit: 'Dinas Contoh', year: 2026 },
      author: 'Uji E2E',
    });
    wb = await startWorkbench(recent);
    await wb.page.locator('.doc-title').filter({ hasText: 'dinas-contoh.rbw' }).waitFor();
    // Workbooks kept in the data folder's own subfolder, as "Buka" lists them.
    const kept = join(wb.dataDir, 'documents');
    mkdirSync(kept, { recursive: true });
    copyFileSync(join(WORKBOOKS, 'lke-rb-2015-bps.xlsx'), join(kept, 'bps.xlsx'));
    copyFileSync(
      join(WORKBOOKS, 'derived', 'lke-pmprb-2015-kemenkumham-randfill-s1.xlsx'),
      join(kept, 'kanim-isi.xlsx'),
    );
    copyFileSync(
      join(WORKBOOKS, 'lke-pmprb-2015-kemenkumham-pusat-unit-blank.xlsx'),
      join(kept, 'kanim-kosong.xlsx'),
    );
  }, 120_000);
  afterAll(async () => wb?.close());

  it('lists the recent document and the data folder’s workbooks, each number explained', async () => {
    const { page } = wb;
    await page.getByTestId('open-portfolio').click();
    const table = page.getByTestId('portfolio-table');
    await table.locator('tbody tr').nth(3).waitFor({ timeout: 240_000 });
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(4);
    // The BPS workbook's cached total 71,4063 (SOURCES.md); the Kemenkumham filling's headline
    // 'LKE Utama'!J71 = 63,2847 by LibreOffice.
    expect(rows.find((r) => r.includes('bps'))).toContain('71,41');
    const filled = rows.find((r) => r.includes('kanim-isi')) ?? '';
    expect(filled).toContain('63,28*');
    // The blank workbook's total is #DIV/0! in Excel and LibreOffice: incomplete, not 0 and not D.
    const blank = rows.find((r) => r.includes('kanim-kosong')) ?? '';
    expect(blank).toContain('belum lengkap');
    expect(blank).not.toContain('0,00');
    await expect(
      table.locator('tr', { hasText: 'kanim-kosong' }).locator('.category-badge').textContent(),
    ).resolves.toBe('–');
    // Nor is it counted as a D in the distribution: the four units are BB, B, none and (a single Ya in
    // one sub-area, the rest empty) incomplete as well.
    expect(rows.filter((r) => r.includes('belum lengkap'))).toHaveLength(2);
    expect(rows.find((r) => r.includes('Dinas Contoh'))).toBeDefined();
    // The "*" is explained on the page.
    await expect(page.getByTestId('portfolio-legend').textContent()).resolves.toMatch(/\*.*sub-area/);
    // Every unit's areas in the heat map: the RB rows show their areas' shares, not "–".
    const heat = page.getByTestId('heat-map');
    const bpsRow = heat.locator('tr', { hasText: 'bps' });
    const shares = await bpsRow.locator('td.num').allTextContents();
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.filter((s) => s !== '–').length).toBe(shares.length);
    await screenshot(page, '22-portfolio-data-folder');
    await page.keyboard.press('Escape');
    await page.getByTestId('portfolio').waitFor({ state: 'detached' });
  }, 300_000);

  it('plans only what the unit can change and says the plan was applied, not pasted', async () => {
    const { page } = wb;
    await page.getByTestId('open-planner').click();
    await page.getByTestId('plan-target').fill('+10');
    await page.getByTestId('plan-make').click();
    const result = page.getByTestId('plan-result');
    await result.waitFor({ timeout: 90_000 });
    const codes = await result.locator('tbody tr:not(.plan-group) td:first-child').allTextContents();
    expect(codes.length).toBeGreaterThan(0);
    // No survey value, performance result or other Hasil row (component B) is proposed.
    expect(codes.filter((c) => c.startsWith('B.'))).toEqual([]);
    await page.getByTestId('plan-apply').click();
    const notice = page.getByTestId('notice');
    await notice.filter({ hasText: `${codes.length} perubahan diterapkan` }).waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).not.toContain('ditempel');
    await screenshot(page, '22-plan-applied-notice');
  }, 180_000);
});
