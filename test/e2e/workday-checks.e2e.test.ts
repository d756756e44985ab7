import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import type { Workbench } from './support/workbench';
import { cell, expectTotal, REAL_WORKBOOK, startWorkbench } from './support/workbench';

// A working day on the real ZI workbook at 1366×768, as a pokja member, an evaluator and a coordinator,
// in parts, each in a window of its own opened on the workbook (its total 95,58). Expected answers come
// from the workbook (A.I.1.ii: Ya, A, A; A.I.1.i.a: Ya) and totals by hand.
//
// The end of the day: the main screen and every dialog checked for accessibility (WCAG 2.1 A/AA), and
// the document opened with "Buka" shown again after a reload.

describe('a working day on the real ZI workbook: every dialog accessible, the document remembered', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench(REAL_WORKBOOK);
    await expectTotal(wb.page, '95,58', 90_000);
  });
  afterAll(async () => wb?.close());

  it('has no WCAG 2.1 A/AA accessibility violation on the main screen and in each dialog', async () => {
    const { page } = wb;
    await page.getByTestId('tree-A.I.1').click();
    const violations: string[] = [];
    violations.push(...(await checkAccessibility(page, 'main screen')));
    await page.getByTestId('view-reviewer').click();
    violations.push(...(await checkAccessibility(page, 'evaluator view')));
    await page.getByTestId('view-pokja').click();
    const dialogs: [string, () => Promise<void>][] = [
      ['Baru', async () => page.getByRole('button', { name: 'Baru', exact: true }).click()],
      ['Buka', async () => page.getByRole('button', { name: 'Buka', exact: true }).click()],
      ['Impor Excel', async () => page.getByRole('button', { name: 'Impor Excel', exact: true }).click()],
      ['Ekspor Excel', async () => page.getByRole('button', { name: 'Ekspor Excel', exact: true }).click()],
      ['Snapshot', async () => page.getByRole('button', { name: 'Snapshot', exact: true }).click()],
      ['Riwayat', async () => page.getByRole('button', { name: 'Riwayat', exact: true }).click()],
      ['Temuan', async () => page.getByTestId('open-findings').click()],
      ['Tombol pintas', async () => page.getByTestId('shortcuts-open').click()],
      ['Bukti dukung', async () => cell(page, 'A.I.1.i.a', 'evidence').dblclick()],
    ];
    for (const [name, open] of dialogs) {
      await open();
      await page.locator('dialog[open]').waitFor();
      await page.waitForTimeout(300);
      violations.push(...(await checkAccessibility(page, `dialog ${name}`)));
      await page.keyboard.press('Escape');
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
    }
    expect(violations).toEqual([]);
  });

  it('remembers the document opened with "Buka": a reload shows it again', async () => {
    const { page } = wb;
    const path = (await page.locator('.doc-title').getAttribute('title')) as string;
    // A new document from the template becomes the latest; then the workbook's document is opened again.
    await page.getByRole('button', { name: 'Baru', exact: true }).click();
    await page.getByTestId('new-dialog').getByRole('button', { name: 'Buat', exact: true }).click();
    await page.locator('.doc-title').filter({ hasNotText: 'lke-zi-2021-filled' }).waitFor();
    await page.getByRole('button', { name: 'Buka', exact: true }).click();
    await page.getByTestId('open-path').fill(path);
    await page.getByTestId('open-dialog').getByRole('button', { name: 'Buka', exact: true }).click();
    await expectTotal(page, '95,58');
    await page.reload();
    await expectTotal(page, '95,58');
    expect(await page.locator('.doc-title').getAttribute('title')).toBe(path);
  });
});
