import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../shared/format/number';
import { ensureFixtures } from '../fixtures/workbooks/ensure-fixtures';
import type { Workbench } from './support/workbench';
import { cell, cellShows, expectTotal, screenshot, startWorkbench, totalText } from './support/workbench';

describe('an older RB workbook holding two years', () => {
  let wb: Workbench;
  let expected: { total: string; prior: string };

  beforeAll(async () => {
    const fixture = (await ensureFixtures()).lke['rb-older-two-years'];
    if (!fixture?.priorTotalCell) throw new Error('fixture rb-older-two-years is missing');
    // Both totals as LibreOffice recalculates the generated workbook.
    expected = {
      total: formatNumber(Number(fixture.expected[fixture.totalCell]), 2),
      prior: formatNumber(Number(fixture.expected[fixture.priorTotalCell]), 2),
    };
    wb = await startWorkbench(fixture.file);
    await expectTotal(wb.page, expected.total, 90_000);
  });
  afterAll(async () => wb?.close());

  it("shows last year's total and each row's answer and value beside this year's", async () => {
    const { page } = wb;
    expect(await page.getByTestId('prior-total').textContent()).toContain(expected.prior);
    expect(await page.locator('.ag-header-cell[col-id="prior"]').textContent()).toMatch(/20\d\d/);
    await screenshot(page, '05-two-years');
  });
});

describe('a new document from a built-in template, with snapshots', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench(null);
    // Without a file (and no recent document) the welcome screen; "Coba contoh" opens the sample.
    await wb.page.getByTestId('welcome-sample').click();
    await wb.page.locator('.doc-title').filter({ hasText: 'Dinas Contoh' }).waitFor();
    await wb.page.getByTestId('completeness').filter({ hasText: '113 dari 113' }).waitFor();
  });
  afterAll(async () => wb?.close());

  it('chooses an answer from the list of option texts with F2, arrows and Enter', async () => {
    const { page } = wb;
    const total = async () => Number((await totalText(page)).replace(',', '.'));
    const before = await total();
    // The sample answers SOP (weight 1) A (1), B (0,75), A (1): (1 + 0,75 + 1) / 3 = 0,92.
    await page.getByTestId('tree-A.I.2.i').filter({ hasText: '0,92 / 1,00' }).waitFor();
    await page.getByTestId('tree-A.I.2.i').click();
    await cell(page, 'A.I.2.i.c', 'answer').click();
    await page.keyboard.press('F2');
    const list = page.locator('.choice-editor');
    await list.waitFor();
    expect(await list.locator('li').first().textContent()).toMatch(
      /^A Jika seluruh SOP utama telah dievaluasi/,
    );
    await screenshot(page, '09-option-list');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // A → B (0,75): (1 + 0,75 + 0,75) / 3 = 0,8333, the total drops by 0,0833.
    await page.getByTestId('tree-A.I.2.i').filter({ hasText: '0,83 / 1,00' }).waitFor();
    await cellShows(page, 'A.I.2.i.c', 'answer', 'B');
    expect(before - (await total())).toBeCloseTo(0.0833, 1);
  });

  it('creates an empty ZI 2026 document from the "Baru" dialog', async () => {
    const { page } = wb;
    await page.getByRole('button', { name: 'Baru', exact: true }).click();
    await page.getByTestId('new-template').selectOption('zi-2026');
    await page.getByTestId('new-dialog').getByRole('button', { name: 'Buat', exact: true }).click();
    await expectTotal(page, '0,00');
    expect(await page.getByTestId('completeness').textContent()).toContain('0 dari 113');
  });

  it('takes a snapshot, shows what changed since, and restores it as one undoable step', async () => {
    const { page } = wb;
    await page.getByTestId('tree-A.I.1.i').click();
    await cell(page, 'A.I.1.i.a', 'answer').click();
    await page.keyboard.type('ya');
    await page.keyboard.press('Enter');
    // Pemenuhan › Manajemen Perubahan › i. (weight 0,5): its only answer Ya = 1 → 0,50.
    await expectTotal(page, '0,50');

    await page.getByRole('button', { name: 'Snapshot', exact: true }).click();
    await page.getByTestId('snapshot-name').fill('dikirim ke APIP 12 Mei');
    await page.getByTestId('snapshot-create').click();
    await page.getByTestId('snapshots-dialog').getByText('dikirim ke APIP 12 Mei', { exact: true }).waitFor();
    await page.keyboard.press('Escape');

    await cell(page, 'A.I.1.i.b', 'answer').click();
    await page.keyboard.type('b');
    await page.keyboard.press('Enter');
    // (1 + 0,5) / 2 × 0,5 = 0,375.
    await expectTotal(page, '0,38');

    await page.getByTestId('tree-ROOT').click();
    await page.getByTestId('filter-snapshot').selectOption({ label: 'dikirim ke APIP 12 Mei' });
    await page.waitForFunction(() => document.querySelectorAll('.ag-row[row-id="A.I.1.i.a"]').length === 0);
    const rows = await page
      .locator('.ag-row[row-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('row-id')));
    expect(rows).toContain('A.I.1.i.b');
    await screenshot(page, '06-changed-since-snapshot');
    await page.getByTestId('filter-snapshot').selectOption('');

    await page.getByRole('button', { name: 'Snapshot', exact: true }).click();
    await page.getByTestId('snapshots-dialog').getByRole('button', { name: 'Pulihkan', exact: true }).click();
    await expectTotal(page, '0,50');
    await page.keyboard.press('Control+z');
    await expectTotal(page, '0,38');
    expect(await totalText(page)).toBe('0,38');
  });

  it('lists the changes with their author in the history dialog', async () => {
    const { page } = wb;
    await page.getByRole('button', { name: 'Riwayat', exact: true }).click();
    const dialog = page.getByTestId('history-dialog');
    await dialog.getByText('Uji E2E').first().waitFor();
    expect(await dialog.textContent()).toContain('A.I.1.i.b');
    await screenshot(page, '07-history');
    await page.keyboard.press('Escape');
  });
});
