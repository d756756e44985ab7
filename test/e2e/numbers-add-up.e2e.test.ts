import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCells, recalculate } from '../fixtures/workbooks/libreoffice-oracle';
import { referenceDir } from '../fixtures/workbooks/reference-models';
import { runRbw } from '../hardening/run-rbw';
import type { Workbench } from './support/workbench';
import { screenshot, startWorkbench } from './support/workbench';

const WORKBOOKS = join(referenceDir, 'workbooks');

/**
 * Issue 22, "every number says where it comes from": for each real workbook and derived filling, the
 * window's header, the summary's total, the tree's root and the sum of the components are one number for
 * the answer set on screen, and `rbw score --sheet` gives it too. Expected totals are Excel's cached
 * values or LibreOffice's recalculation as workbooks/SOURCES.md lists them.
 */
const CASES: {
  file: string;
  sheet: string;
  expected: string;
  headline?: string;
  builtin?: string;
  prior?: string;
}[] = [
  { file: 'lke-zi-2021-filled.xlsx', sheet: 'LKE ZI', expected: '95,58' }, // 'LKE ZI'!L208 = 95,5762
  { file: 'lke-rb-2015-bps.xlsx', sheet: 'LKE ', expected: '71,41', prior: '2014: 60,86' }, // 'LKE '!K212 = 71,4063
  // 'LKE Pusat'!L228 = 62,9421 and the headline 'LKE Utama'!J71 = 63,2847 (LibreOffice).
  {
    file: 'derived/lke-pmprb-2015-kemenkumham-randfill-s1.xlsx',
    sheet: 'LKE Pusat',
    expected: '62,94',
    headline: '63,28',
  },
  // No score formulas: the regulation's rule, 57,0190 by LibreOffice on the official ZI 2021 sheet.
  {
    file: 'derived/lke-zi-2021-kesdm-randfill-s2.xlsx',
    sheet: 'Jawaban',
    expected: '57,02',
    builtin: 'LKE Zona Integritas 2021',
  },
  // 'LKE ZI'!L208 = 56,9887 (LibreOffice).
  {
    file: 'derived/ref-official-zi2021-sheet-with-kesdm-s2-answers.xlsx',
    sheet: 'LKE ZI',
    expected: '56,99',
  },
];

const number = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));

async function shownFigures(page: Page) {
  const header = ((await page.locator('.header-total').textContent()) ?? '').trim().split(/\s/)[0] ?? '';
  const summary = ((await page.getByTestId('total-score').textContent()) ?? '').trim();
  const root = (
    (await page.locator('[data-testid="tree"] li[aria-level="1"] .tree-figure').textContent()) ?? ''
  )
    .split('/')[0]
    ?.trim() as string;
  const components = await page.locator('[data-testid^="component-"]').allTextContents();
  return { header, summary, root, components: components.map((c) => number(c.trim())) };
}

describe('every number the window shows for the chosen answer set adds up', () => {
  let wb: Workbench;
  const folder = mkdtempSync(join(tmpdir(), 'rbw-add-up-'));
  beforeAll(async () => {
    wb = await startWorkbench(null);
    wb.files.grantFolder(folder);
  }, 120_000);
  afterAll(async () => wb?.close());

  for (const c of CASES) {
    it(`${c.file}: header = tree root = components = rbw score --sheet = ${c.expected}`, async () => {
      const { page } = wb;
      const copy = join(folder, c.file.replace(/^derived\//, ''));
      copyFileSync(join(WORKBOOKS, c.file), copy);
      await page.getByRole('button', { name: 'Buka', exact: true }).click();
      await page.getByTestId('open-path').fill(copy);
      await page.getByTestId('open-dialog').getByRole('button', { name: 'Buka', exact: true }).click();
      await page.getByTestId('total-score').filter({ hasText: c.expected }).waitFor({ timeout: 120_000 });
      const shown = await shownFigures(page);
      expect(shown.header).toBe(c.expected);
      expect(shown.summary).toBe(c.expected);
      expect(shown.root).toBe(c.expected);
      const sum = shown.components.reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - number(c.expected))).toBeLessThanOrEqual(0.011); // each shown to 2 decimals
      if (c.headline) {
        await expect(page.getByTestId('answer-set-shown').textContent()).resolves.toContain(c.sheet);
        await expect(page.getByTestId('headline').textContent()).resolves.toContain(c.headline);
        await expect(page.getByTestId('total-label').textContent()).resolves.toContain(c.sheet);
      }
      if (c.prior) {
        // Last year's block is named by its year (2014: 'LKE '!W212 = 60,8602), not by its header "Jawaban".
        const prior = (await page.getByTestId('prior-total').textContent()) ?? '';
        expect(prior).toContain(c.prior);
        expect(prior).not.toContain('Jawaban');
      }
      if (c.builtin) {
        await expect(page.getByTestId('scored-by').textContent()).resolves.toContain(c.builtin);
      }
      await screenshot(page, `22-add-up-${c.file.replace(/^derived\//, '').replace(/\.xlsx$/, '')}`);
      const cli = await runRbw(['score', copy, '--sheet', c.sheet, '--json']);
      expect(cli.code, cli.errLines.join('\n')).toBe(0);
      const scored = JSON.parse(cli.stdout) as { total: number };
      expect(scored.total.toFixed(2).replace('.', ',')).toBe(c.expected);
    }, 240_000);
  }

  it('prints each reading of "every area" on its own line, under the verdict of that reading', async () => {
    const { page } = wb;
    const copy = join(folder, 'zi-print.xlsx');
    copyFileSync(join(WORKBOOKS, 'lke-zi-2021-filled.xlsx'), copy);
    await page.getByRole('button', { name: 'Buka', exact: true }).click();
    await page.getByTestId('open-path').fill(copy);
    await page.getByTestId('open-dialog').getByRole('button', { name: 'Buka', exact: true }).click();
    await page.getByTestId('total-score').filter({ hasText: '95,58' }).waitFor({ timeout: 120_000 });
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByTestId('print-open').click();
    const wbbm = page.getByTestId('print-predicate-wbbm');
    await wbbm.waitFor({ state: 'attached' });
    const heading = (await wbbm.locator('> b').textContent()) ?? '';
    expect(heading).toContain('WBBM');
    const verdicts = ((await wbbm.textContent()) ?? '').split('\n')[0] ?? '';
    const whole = (await wbbm.locator('[data-testid$="-whole"]').textContent()) ?? '';
    const halves = (await wbbm.locator('[data-testid$="-halves"]').textContent()) ?? '';
    // The verdict above says "memenuhi (area utuh)" and "belum memenuhi (per Pemenuhan/Reform)"; each
    // line says the same of its own reading, with its own weakest area.
    expect(verdicts).toMatch(/memenuhi \(area utuh\)/);
    expect(verdicts).toMatch(/belum memenuhi \(per Pemenuhan\/Reform\)/);
    expect(whole).toMatch(/^✓ .*\(area utuh\): [\d,]+%$/);
    expect(halves).toMatch(/^✗ .*\(per Pemenuhan\/Reform\): [\d,]+%$/);
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, '22-print-readings');
    await page.emulateMedia({ media: 'screen' });
    await page.keyboard.press('Escape');
  }, 240_000);

  it('switches to a unit’s answer sheet: its own total on screen, adding up, the headline the same', async () => {
    const { page } = wb;
    const copy = join(folder, 'kemenkumham-unit.xlsx');
    copyFileSync(join(WORKBOOKS, 'derived', 'lke-pmprb-2015-kemenkumham-randfill-s1.xlsx'), copy);
    await page.getByRole('button', { name: 'Buka', exact: true }).click();
    await page.getByTestId('open-path').fill(copy);
    await page.getByTestId('open-dialog').getByRole('button', { name: 'Buka', exact: true }).click();
    await page.getByTestId('answer-set-choice').waitFor({ timeout: 120_000 });
    await page.getByTestId('answer-set-choice').selectOption('LKE Unit 1');
    await page.getByTestId('answer-set-open').click();
    await page
      .getByTestId('answer-set-shown')
      .filter({ hasText: 'LKE Unit 1' })
      .waitFor({ timeout: 120_000 });
    // The unit sheet's own total by LibreOffice: a unit sheet scores the Proses part only (L211, "TOTAL
    // PENGUNGKIT"; the centre's sheet adds its Hasil in L228).
    const [recalculated] = await recalculate([copy], join(folder, 'lo'));
    const unitTotal = readCells([{ file: recalculated as string, sheet: 'LKE Unit 1', cells: ['L211'] }])[
      recalculated as string
    ]?.L211 as number;
    const expected = unitTotal.toFixed(2).replace('.', ',');
    const cli = await runRbw(['score', copy, '--sheet', 'LKE Unit 1', '--json']);
    expect((JSON.parse(cli.stdout) as { total: number }).total).toBeCloseTo(unitTotal, 4);
    const shown = await shownFigures(page);
    expect([shown.header, shown.summary, shown.root]).toEqual([expected, expected, expected]);
    const sum = shown.components.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - number(expected))).toBeLessThanOrEqual(0.011);
    await expect(page.getByTestId('headline').textContent()).resolves.toContain('63,28');
    await screenshot(page, '22-add-up-unit-1');
  }, 240_000);
});
