import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workbench } from './support/workbench';
import { cell, cellShows, expectTotal, REAL_WORKBOOK, screenshot, startWorkbench } from './support/workbench';

// A working day on the real ZI workbook at 1366×768, as a pokja member, an evaluator and a coordinator,
// in parts, each in a window of its own opened on the workbook (its total 95,58). Expected answers come
// from the workbook (A.I.1.ii: Ya, A, A; A.I.1.i.a: Ya) and totals by hand.
//
// Corrections: a wrong answer refused and set right, the question's history in words, the list of
// what is still unanswered.

describe('a working day on the real ZI workbook: corrections', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench(REAL_WORKBOOK);
    await expectTotal(wb.page, '95,58', 90_000);
  });
  afterAll(async () => wb?.close());

  it('clears an error once the next edit succeeds; history shows the focused question in words', async () => {
    const { page } = wb;
    await page.getByTestId('tree-A.I.1.ii').click();
    await cell(page, 'A.I.1.ii.b', 'answer').click();
    await page.keyboard.type('z');
    await page.keyboard.press('Enter');
    const notice = page.locator('[data-testid="notice"].error');
    await notice.waitFor();
    // The question by number and title, the field in words.
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('A.I.1.ii.b "');
    expect(text).toContain('(Jawaban)');
    await cell(page, 'A.I.1.ii.b', 'answer').click();
    await page.keyboard.type('b');
    await page.keyboard.press('Enter');
    await cellShows(page, 'A.I.1.ii.b', 'answer', 'B');
    await notice.waitFor({ state: 'detached' });

    await cell(page, 'A.I.1.ii.b', 'note').click();
    await page.getByRole('button', { name: 'Riwayat', exact: true }).click();
    const dialog = page.getByTestId('history-dialog');
    await dialog.locator('ol.history li').first().waitFor();
    const history = (await dialog.textContent()) ?? '';
    expect(history).toContain('Riwayat A.I.1.ii.b');
    expect(history).toContain('Jawaban: A → B');
    expect(history).not.toContain('null');
    await screenshot(page, 'day-06-history');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await cellShows(page, 'A.I.1.ii.b', 'answer', 'A');
  });

  it('lists under "Belum dijawab" only what is unanswered (A.I.1.i.a is answered Ya)', async () => {
    const { page } = wb;
    await page.getByTestId('tree-ROOT').click();
    await page.getByTestId('filter-unanswered').check();
    const rows = await page
      .locator('.ag-row[row-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('row-id')));
    expect(rows).not.toContain('A.I.1.i.a');
    await page.getByTestId('filter-unanswered').uncheck();
  });
});
