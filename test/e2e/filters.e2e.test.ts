import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../service/documents/create-document';
import { builtinTemplate } from '../../shared/builtin-templates';
import type { AnswerRecord } from '../../shared/records/answer-record';
import { checkAccessibility } from './support/accessibility';
import type { Workbench } from './support/workbench';
import { cell, cellShows, screenshot, startWorkbench } from './support/workbench';

const template = builtinTemplate('zi-2021');
if (!template) throw new Error('zi-2021 is missing');

// Area A.I.1 (Manajemen Perubahan) has 12 questions in the ZI 2021 LKE. Four of them are planned; the
// rest are unanswered and belong to no pokja. Target months lie far in the past or the future, so that
// "overdue" does not depend on the day the test runs.
const RECORDS: Record<string, Partial<AnswerRecord>> = {
  'A.I.1.i.a': { answer: 'Ya', pokja: 'Pokja MP', status: 'selesai', targetMonth: '2020-03' },
  'A.I.1.i.b': { pokja: 'Pokja MP', status: 'proses', targetMonth: '2020-03' },
  'A.I.1.ii.a': { answer: 'Ya', pokja: 'Pokja Pengawasan', status: 'belum', targetMonth: '2099-12' },
  'A.I.1.ii.b': { answer: 'B', pokja: 'Pokja Pengawasan', targetMonth: '2020-04' },
};

/** The question rows the grid shows (headings left out). */
async function questionIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...new Map(
        [...document.querySelectorAll('.ag-row[row-id]:not(.row-heading)')]
          .filter((row) => !row.closest('.ag-floating-bottom'))
          .map((row) => [row.getAttribute('row-id') ?? '', Number(row.getAttribute('row-index'))] as const),
      ),
    ]
      .sort((a, b) => a[1] - b[1])
      .map(([id]) => id),
  );
}

/** Waits until the grid shows exactly these questions (it follows the filters in the frame after). */
async function expectQuestions(page: Page, ids: string[]): Promise<void> {
  await expect.poll(() => questionIds(page), { timeout: 10_000 }).toEqual(ids);
}

/** Waits until the pokja filter's first option ("every pokja") counts `count` questions. */
async function expectShown(page: Page, count: number): Promise<void> {
  await expect
    .poll(async () => (await optionTexts(page, 'filter-pokja'))[0], { timeout: 10_000 })
    .toBe(`Semua pokja (${count})`);
}

async function optionTexts(page: Page, testId: string): Promise<string[]> {
  return page.getByTestId(testId).locator('option').allTextContents();
}

/** A paste as the browser delivers it: a paste event carrying the clipboard's text on the focused cell. */
async function pasteInto(page: Page, rowId: string, colId: string, text: string): Promise<void> {
  const focusedCell = `.ag-row[row-id="${rowId}"] .ag-cell-focus[col-id="${colId}"]`;
  await page.locator(focusedCell).waitFor();
  await page.evaluate(
    ([selector, clip]) => {
      const data = new DataTransfer();
      data.setData('text/plain', clip as string);
      document
        .querySelector(selector as string)
        ?.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
    },
    [focusedCell, text],
  );
}

/** Where the keyboard focus is: a grid cell (row and column), or the test id of what has it. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const cellOf = active?.closest('.ag-cell');
    if (cellOf)
      return `cell ${cellOf.closest('.ag-row')?.getAttribute('row-id')} ${cellOf.getAttribute('col-id')}`;
    if (active?.closest('.ag-header')) return 'header';
    return active?.getAttribute('data-testid') ?? active?.tagName ?? 'none';
  });
}

describe('filters with counts, overdue, assigning an area to a pokja, Tab into the grid (1366×768)', () => {
  let wb: Workbench;

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rbw-filters-'));
    const file = join(folder, 'dinas-filter.rbw');
    await createDocument(file, {
      template,
      records: RECORDS,
      metadata: { agency: 'Kota Contoh', unit: 'Dinas Filter', year: 2026 },
      author: 'Uji E2E',
    });
    wb = await startWorkbench(file);
    await wb.page.locator('.doc-title').filter({ hasText: 'dinas-filter.rbw' }).waitFor();
  }, 120_000);
  afterAll(async () => wb?.close());

  it('counts every filter option from what the other filters leave, and filters by status and month', async () => {
    const { page } = wb;
    await page.getByTestId('tree-A.I.1').click();
    await cell(page, 'A.I.1.i.a', 'answer').waitFor();
    // 12 questions, 3 answered: 9 unanswered; 2 overdue (A.I.1.i.b proses, A.I.1.ii.b without status).
    await expectShown(page, 12);
    expect(await page.getByTestId('filter-unanswered-label').textContent()).toBe('Belum dijawab (9)');
    expect(await page.getByTestId('filter-noEvidence-label').textContent()).toBe('Tanpa bukti (12)');
    expect(await optionTexts(page, 'filter-pokja')).toEqual([
      'Semua pokja (12)',
      'Pokja MP (2)',
      'Pokja Pengawasan (2)',
    ]);
    expect(await optionTexts(page, 'filter-status')).toEqual([
      'Semua status (12)',
      'Belum (1)',
      'Proses (1)',
      'Selesai (1)',
      'Tanpa status (9)',
    ]);
    expect(await optionTexts(page, 'filter-month')).toEqual([
      'Semua bulan (12)',
      'Terlambat (2)',
      'Maret 2020 (2)',
      'April 2020 (1)',
      'Desember 2099 (1)',
    ]);
    await screenshot(page, 'filters-01-counts');
    // The view switch and every filter on one line above the grid at 1366 px.
    expect(await page.locator('.toolbar-row').evaluate((e) => e.getBoundingClientRect().height)).toBeLessThan(
      40,
    );

    // Unanswered on: the other options count only the unanswered questions; its own count stays.
    await page.getByTestId('filter-unanswered').check();
    await expectShown(page, 9);
    expect(await page.getByTestId('filter-unanswered-label').textContent()).toBe('Belum dijawab (9)');
    expect((await optionTexts(page, 'filter-month'))[1]).toBe('Terlambat (1)');
    expect(await optionTexts(page, 'filter-pokja')).toEqual([
      'Semua pokja (9)',
      'Pokja MP (1)',
      'Pokja Pengawasan (0)',
    ]);
    await page.getByTestId('filter-unanswered').uncheck();

    await page.getByTestId('filter-status').selectOption('proses');
    await expectShown(page, 1);
    await expectQuestions(page, ['A.I.1.i.b']);
    await page.getByTestId('filter-status').selectOption('');
    await page.getByTestId('filter-month').selectOption({ label: 'Maret 2020 (2)' });
    await expectShown(page, 2);
    await expectQuestions(page, ['A.I.1.i.a', 'A.I.1.i.b']);
    // The status list now counts the March questions: one done, one in progress.
    expect(await optionTexts(page, 'filter-status')).toEqual([
      'Semua status (2)',
      'Belum (0)',
      'Proses (1)',
      'Selesai (1)',
      'Tanpa status (0)',
    ]);
    await page.getByTestId('filter-month').selectOption('');
  });

  it('shows what is overdue: a past target month that is not done', async () => {
    const { page } = wb;
    await page.getByTestId('filter-month').selectOption('overdue');
    await expectShown(page, 2);
    await expectQuestions(page, ['A.I.1.i.b', 'A.I.1.ii.b']);
    await screenshot(page, 'filters-02-overdue');
    expect(await checkAccessibility(page, 'filter bar')).toEqual([]);
    // Marked done (in the coordinator's view, where the status shows), a question is no longer overdue.
    await page.getByTestId('view-coordinator').click();
    await cell(page, 'A.I.1.ii.b', 'status').click();
    await pasteInto(page, 'A.I.1.ii.b', 'status', 'Selesai');
    await expectQuestions(page, ['A.I.1.i.b']);
    expect((await optionTexts(page, 'filter-month'))[1]).toBe('Terlambat (1)');
    // Undo moves to what it undid: the filter that hid the question is taken off.
    await page.keyboard.press('Control+z');
    await cellShows(page, 'A.I.1.ii.b', 'status', '');
    expect(await page.getByTestId('filter-month').inputValue()).toBe('');
    expect((await optionTexts(page, 'filter-month'))[1]).toBe('Terlambat (2)');
    await page.getByTestId('view-pokja').click();
  });

  it('assigns every question of an area to a pokja in one undoable step', async () => {
    const { page } = wb;
    // Area A.I.2 (Penataan Tatalaksana): 9 questions, none with a pokja.
    await page.getByTestId('tree-A.I.2').click();
    await cell(page, 'A.I.2.i.a', 'answer').waitFor();
    await page.getByTestId('view-coordinator').click();
    await page.getByTestId('assign-pokja').click();
    const dialog = page.getByTestId('assign-pokja-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Semua 9 pertanyaan');
    await page.getByTestId('assign-pokja-name').fill('Pokja Tatalaksana');
    await screenshot(page, 'filters-03-assign-dialog');
    expect(await checkAccessibility(page, 'assign pokja dialog')).toEqual([]);
    await page.getByTestId('assign-pokja-apply').click();
    await page
      .getByTestId('notice')
      .filter({ hasText: 'Pokja Tatalaksana ditetapkan untuk 9 pertanyaan' })
      .waitFor();
    await cellShows(page, 'A.I.2.i.a', 'pokja', 'Pokja Tatalaksana');
    await cellShows(page, 'A.I.2.iii.b', 'pokja', 'Pokja Tatalaksana');
    await page.getByTestId('filter-pokja').selectOption('Pokja Tatalaksana');
    await expectShown(page, 9);
    await screenshot(page, 'filters-04-assigned');
    await page.getByTestId('filter-pokja').selectOption('');
    // One undo takes back all nine.
    await page.keyboard.press('Control+z');
    await cellShows(page, 'A.I.2.i.a', 'pokja', '');
    await cellShows(page, 'A.I.2.iii.b', 'pokja', '');
    expect(await optionTexts(page, 'filter-pokja')).not.toContain('Pokja Tatalaksana (0)');
    // The history has it as one action.
    await page.keyboard.press('Control+y');
    await cellShows(page, 'A.I.2.iii.b', 'pokja', 'Pokja Tatalaksana');
    await page.getByTestId('view-pokja').click();
  });

  it('is one Tab stop: Tab from the splitter lands on a cell, arrows move inside, Tab leaves', async () => {
    const { page } = wb;
    await page.getByTestId('tree-A.I.1').click();
    await cell(page, 'A.I.1.i.a', 'answer').waitFor();
    await page.getByTestId('tree-splitter').focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('cell A.I.1.i.a answer');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('cell A.I.1.i.b answer');
    await page.keyboard.press('ArrowRight');
    const inside = await focused(page);
    expect(inside).toMatch(/^cell A\.I\.1\.i\.b /);
    // One Tab leaves the grid for the summary beside it.
    await page.keyboard.press('Tab');
    const after = await focused(page);
    expect(after).not.toMatch(/^cell|header/);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.summary')))).toBe(true);
    // Shift+Tab comes back into the grid on the row left, not onto a header. (Its column was once the
    // answer's rather than the value's under CI load: only the row is asserted.)
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatch(/^cell A\.I\.1\.i\.b /);
    // The grid shows the cell focused (its own focus state caught up) before the next key.
    await page.locator('.ag-row[row-id="A.I.1.i.b"] .ag-cell-focus').waitFor();
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('tree-splitter');
  });
});
