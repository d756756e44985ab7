import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/api/content-security';
import type { Workbench } from './support/workbench';
import {
  cell,
  cellShows,
  expectTotal,
  REAL_WORKBOOK,
  REPO,
  screenshot,
  startWorkbench,
  totalText,
} from './support/workbench';

// Expected totals are worked out by hand from the real workbook's cached total (95,5762 by its own
// formulas, 95,7095 by the regulation's rule): a change in one sub-area moves both by the same amount.

describe('the workbench in browser mode on the real ZI workbook', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench(REAL_WORKBOOK);
    // The first load imports the workbook: on a busy machine that takes a while.
    await expectTotal(wb.page, '95,58', 90_000);
  });
  afterAll(async () => wb?.close());

  it('shows the workbook with its own total 95,58 and the regulation total 95,71 beside it', async () => {
    const { page } = wb;
    expect(await totalText(page)).toBe('95,58');
    expect(await page.getByTestId('standard-total').textContent()).toBe('95,71');
    expect(await page.getByTestId('category').textContent()).toBe('AA');
    expect(await page.getByTestId('component-A').textContent()).toBe('55,58');
    expect(await page.getByTestId('component-B').textContent()).toBe('40,00');
    await screenshot(page, '01-main-screen');
  });

  it('shows one total after an edit: header, summary, tree, grid, gains, the rekap and rbw score agree', async () => {
    const { page } = wb;
    await page.getByTestId('tree-A.II.1').click();
    await cell(page, 'A.II.1.iii.a', 'answer').click();
    await page.keyboard.type('b');
    await page.keyboard.press('Enter');
    // A (1) → B (0,67) on this A/B/C/D question: the workbook's total goes from 95,5762 to 95,2462, the
    // regulation's from 95,7095 to 95,3795 (by hand: the same sub-area moves both by 0,33).
    await expectTotal(page, '95,25');
    expect(await page.locator('.header-total').textContent()).toContain('95,25');
    expect(await page.getByTestId('standard-total').textContent()).toBe('95,38');
    // The grid and the tree follow in the frame after the total.
    await page.getByTestId('tree-ROOT').filter({ hasText: '95,25 / 100,00' }).waitFor();
    // The grid's pinned total of the chosen area is the tree's figure for it.
    const area = ((await page.getByTestId('tree-A.II.1').textContent()) ?? '').match(/(\d+,\d\d) \//)?.[1];
    expect(area).toBeDefined();
    expect(
      await page.locator('.ag-row-pinned[row-id="total:A.II.1"] .ag-cell[col-id="value"]').textContent(),
    ).toBe(area);

    // Where to gain points promises what the header then shows: back to A gains 0,33.
    const gains = page.getByTestId('gains');
    await page.locator('ol.gains[aria-busy="false"]').waitFor();
    expect(await gains.locator('li', { hasText: 'A.II.1.iii.a' }).textContent()).toMatch(/^\+0,33 /);

    // The rekap and rbw score show the same rule's total.
    const rekap = join(wb.dataDir, 'rekap-setelah-edit.xlsx');
    await page.getByRole('button', { name: 'Ekspor Excel', exact: true }).click();
    await page.getByTestId('export-dialog').locator('input[value="rekap"]').check();
    await page.getByTestId('export-path').fill(rekap);
    await page.getByTestId('export-submit').click();
    await page.getByTestId('export-done').waitFor();
    await page.keyboard.press('Escape');
    expect(await rekapTotal(rekap)).toBeCloseTo(95.2462, 4);
    const path = (await page.locator('.doc-title').getAttribute('title')) as string;
    const scored = JSON.parse(
      execFileSync(process.execPath, ['bin/rbw.mjs', 'score', path, '--json'], {
        cwd: REPO,
        encoding: 'utf8',
      }),
    );
    expect(scored.rule).toBe('workbook');
    expect(scored.total).toBeCloseTo(95.2462, 4);
    expect(scored.totals.standard).toBeCloseTo(95.3795, 4);

    await page.getByTestId('tree-A.II.1').click();
    await cell(page, 'A.II.1.iii.a', 'answer').click();
    await page.keyboard.type('a');
    await page.keyboard.press('Enter');
    await expectTotal(page, '95,58');
  });

  it('lists where the workbook computes differently from the regulation: J8 and L175 (−0,1333)', async () => {
    const { page } = wb;
    await page.getByTestId('open-findings').click();
    const dialog = page.getByTestId('findings-dialog');
    await dialog.locator('ol.findings li').first().waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('L175');
    expect(text).toContain('AVERAGE(L176:L179)*H175');
    expect(text).toContain('−0,1333');
    expect(text).toContain('J8');
    await screenshot(page, '10-findings');
    await page.keyboard.press('Escape');
  });

  it('answers a question by keyboard: type to edit, Enter saves and moves down, the totals follow', async () => {
    const { page } = wb;
    await page.getByTestId('tree-A.II.1').click();
    // Reform › Manajemen Perubahan › iii. Membangun Budaya Kerja (weight 1) has one A/B/C/D question,
    // answered A (1). B is worth 0,67, so both totals drop by 0,33.
    await cell(page, 'A.II.1.iii.a', 'answer').click();
    await page.keyboard.type('b');
    await page.keyboard.press('Enter');
    await expectTotal(page, '95,25');
    expect(await page.getByTestId('standard-total').textContent()).toBe('95,38');
    await cellShows(page, 'A.II.1.iii.a', 'answer', 'B');
    // Enter moved the focus down, as in Excel (once the new total is painted: a frame after it).
    const focused = () =>
      page
        .locator('.ag-cell-focus')
        .first()
        .evaluate((el) => el.closest('.ag-row')?.getAttribute('row-id'));
    await expect.poll(focused).not.toBe('A.II.1.iii.a');
    await screenshot(page, '02-after-keyboard-answer');
  });

  it('undoes the answer with Ctrl+Z and redoes it with Ctrl+Y', async () => {
    const { page } = wb;
    await page.keyboard.press('Control+z');
    await expectTotal(page, '95,58');
    await page.keyboard.press('Control+y');
    await expectTotal(page, '95,25');
    await page.keyboard.press('Control+z');
    await expectTotal(page, '95,58');
  });

  it('pastes a column of answers from Excel as one undoable edit', async () => {
    const { page } = wb;
    await page.getByTestId('tree-A.I.1.ii').click();
    // Pemenuhan › Manajemen Perubahan › ii. Rencana Pembangunan ZI (weight 1): Ya, A, A → Tidak, B, C
    // gives (0 + 0,5 + 0) / 3 × 1 = 0,1667 instead of 1: both totals drop by 0,8333.
    await cell(page, 'A.I.1.ii.a', 'answer').click();
    await paste(page, 'A.I.1.ii.a', 'Tidak\r\nB\r\nC\r\n');
    await expectTotal(page, '94,74');
    expect(await page.getByTestId('standard-total').textContent()).toBe('94,88');
    await cellShows(page, 'A.I.1.ii.c', 'answer', 'C');
    await screenshot(page, '03-after-paste');
    await page.keyboard.press('Control+z');
    await expectTotal(page, '95,58');
    await cellShows(page, 'A.I.1.ii.c', 'answer', 'A');
  });

  it('rejects a paste with an invalid answer, says which row and changes nothing', async () => {
    const { page } = wb;
    await cell(page, 'A.I.1.ii.a', 'answer').click();
    await paste(page, 'A.I.1.ii.a', 'Tidak\nX\n');
    // The undo before this left an info notice ("Diurungkan …"); the rejection replaces it with an error.
    const error = page.locator('[data-testid="notice"].error');
    await error.waitFor();
    const notice = (await error.textContent()) ?? '';
    expect(notice).toContain('"X"');
    expect(notice).toContain('A.I.1.ii.b');
    expect(await totalText(page)).toBe('95,58');
    await cellShows(page, 'A.I.1.ii.a', 'answer', 'Ya');
  });

  it('clears an answer with Delete and finds it with the "unanswered" filter', async () => {
    const { page } = wb;
    await page.getByTestId('tree-ROOT').click();
    await page.getByTestId('tree-A.I.1.ii').click();
    await cell(page, 'A.I.1.ii.b', 'answer').click();
    await page.keyboard.press('Delete');
    // Left out of the average (as Excel's AVERAGE does): (1 + 1) / 2 × 1 = 1, the total stays.
    await page.waitForFunction(
      () =>
        document.querySelector('.ag-row[row-id="A.I.1.ii.b"] .ag-cell[col-id="answer"]')?.textContent === '',
    );
    await page.getByTestId('tree-ROOT').click();
    await page.getByTestId('filter-unanswered').check();
    // The grid draws the filtered rows a frame after the box is checked.
    await page.locator('.ag-row[row-id="A.I.1.ii.a"]').waitFor({ state: 'detached' });
    const rows = await page
      .locator('.ag-row[row-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('row-id')));
    expect(rows).toContain('A.I.1.ii.b');
    expect(rows).not.toContain('A.I.1.ii.a');
    await screenshot(page, '04-filter-unanswered');
    await page.getByTestId('filter-unanswered').uncheck();
    await page.getByTestId('undo').click();
    await page.getByTestId('completeness').filter({ hasText: '113 dari 113' }).waitFor();
  });

  it('exports to Excel with live formulas and re-opens the export with the same total', async () => {
    const { page } = wb;
    await page.getByTestId('tree-A.II.1').click();
    await cell(page, 'A.II.1.iii.a', 'answer').click();
    await page.keyboard.type('b');
    await page.keyboard.press('Enter');
    await expectTotal(page, '95,25');

    const target = join(wb.dataDir, 'ekspor-lke.xlsx');
    await page.getByRole('button', { name: 'Ekspor Excel', exact: true }).click();
    await page.getByTestId('export-path').fill(target);
    await page.getByTestId('export-submit').click();
    await page.getByTestId('export-done').waitFor();
    expect(existsSync(target)).toBe(true);
    // Without a location (browser mode) the file comes as a download.
    await page.getByTestId('export-path').fill('');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-submit').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Buka', exact: true }).click();
    await page.getByTestId('open-path').fill(target);
    await page.getByTestId('open-dialog').getByRole('button', { name: 'Buka', exact: true }).click();
    // The export is imported on the fly: its own formulas give the total of the edited document.
    await page.locator('.doc-title').filter({ hasText: 'ekspor-lke' }).waitFor();
    await expectTotal(page, '95,25');
    expect(await page.getByTestId('standard-total').textContent()).toBe('95,38');
    expect(await page.getByTestId('completeness').textContent()).toContain('113 dari 113');
    await screenshot(page, '08-reopened-export');
  });

  it('switches the screen to English and back', async () => {
    const { page } = wb;
    await page.getByTestId('language').click();
    await page.getByTestId('undo').filter({ hasText: 'Undo' }).waitFor();
    await page.getByTestId('language').click();
    await page.getByTestId('undo').filter({ hasText: 'Urungkan' }).waitFor();
  });

  it('serves the page under the Content-Security-Policy, in its response and in the page itself', async () => {
    const response = await fetch(`http://127.0.0.1:${wb.server.port}/`);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    // The desktop app loads the same page from disk, where only the page's own declaration applies.
    const declared = await wb.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(declared).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses API calls without the per-run token', async () => {
    const response = await fetch(`http://127.0.0.1:${wb.server.port}/api/templates.list`, {
      method: 'POST',
      body: '{}',
    });
    expect(response.status).toBe(403);
    const wrongHost = await fetch(`http://127.0.0.1:${wb.server.port}/api/templates.list`, {
      method: 'POST',
      body: '{}',
      headers: { 'x-rbw-token': wb.server.token, origin: 'http://evil.example' },
    });
    expect(wrongHost.status).toBe(403);
  });
});

/** A paste as the browser delivers it: a paste event carrying the clipboard's text on the focused cell. */
async function paste(page: Workbench['page'], rowId: string, text: string): Promise<void> {
  // Wait until the grid has focused the clicked cell: the paste starts from the focused cell.
  const focused = `.ag-row[row-id="${rowId}"] .ag-cell-focus[col-id="answer"]`;
  await page.locator(focused).waitFor();
  await page.evaluate(
    ([selector, clip]) => {
      const target = document.querySelector(selector as string);
      if (!target) throw new Error('no focused cell');
      const data = new DataTransfer();
      data.setData('text/plain', clip as string);
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    [focused, text],
  );
}

/** The total the rekap shows (the first row whose code column says ROOT's total, value column D). */
async function rekapTotal(file: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const value = sheet.getCell(r, 4).value;
    const label = String(sheet.getCell(r, 2).value ?? '');
    if (/total/i.test(label) && typeof value === 'number') return value;
  }
  throw new Error(`${file}: no total row`);
}
