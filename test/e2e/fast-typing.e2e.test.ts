import { execFileSync } from 'node:child_process';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workbench } from './support/workbench';
import {
  cell,
  cellShows,
  expectTotal,
  REAL_WORKBOOK,
  REPO,
  screenshot,
  startWorkbench,
} from './support/workbench';

// Twenty answers typed fast (one every 30 ms, Enter and Shift+Enter between two cells) on the real ZI
// workbook end where the last ones put them, and every place that shows a score shows the same one.
// A.I.1.ii (weight 1) holds a Ya/Tidak question (a: Ya) and two A/B/C questions (b, c: A), where B is
// worth 0,5 (the regulation's scale for A/B/C). Both ending on B: (1 + 0,5 + 0,5) / 3 = 0,6667 for the
// sub-area, 0,3333 less than its 1: the workbook's total 95,5762 → 95,2429, the regulation's
// 95,7095 → 95,3762 (by hand).

describe('twenty fast typed answers', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench(REAL_WORKBOOK);
    await expectTotal(wb.page, '95,58', 90_000);
  });
  afterAll(async () => wb?.close());

  // On a slow laptop (the page's CPU slowed 4×, as Chrome's performance panel does) and three times over:
  // an edit's new rows used to reach the grid between a Shift+Enter's move and the grid's word of it, and
  // the focus was pulled back to the row it had left, so the next letters landed one row off.
  it('leave the header, tree, grid, summary and rbw score agreeing on one total', async () => {
    const { page } = wb;
    const { cdp, sent } = await slowedAndWatched(page);
    await page.getByTestId('tree-A.I.1.ii').click();
    const expected: string[] = [];
    for (let round = 0; round < 3; round++) {
      await cell(page, 'A.I.1.ii.b', 'answer').click();
      // b, c, b, c…: A, A, B, B, A, A, … — the tenth pair is B, B.
      for (let k = 0; k < 20; k++) {
        const letter = Math.floor(k / 2) % 2 === 1 ? 'b' : 'a';
        await page.keyboard.type(letter);
        await page.keyboard.press(k % 2 === 0 ? 'Enter' : 'Shift+Enter');
        await page.waitForTimeout(30);
        // A round starts where the last ended (B, B): its first two answers change both cells again.
        expected.push(`A.I.1.ii.${k % 2 === 0 ? 'b' : 'c'}=${letter.toUpperCase()}`);
      }
      // The slowed page takes the queued keystrokes in its own time: the round ends when all are sent.
      await expect.poll(() => sent.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(expected.length);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(sent).toEqual(expected);
    expect(await cell(page, 'A.I.1.ii.a', 'answer').textContent()).toBe('Ya');

    // The summary, then the header (twenty saves queued on a busy machine take a while: the final state is
    // what is checked, not how fast it came).
    await expectTotal(page, '95,24', 60_000);
    expect(await page.getByTestId('standard-total').textContent()).toBe('95,38');
    expect(((await page.locator('.header-total').textContent()) ?? '').trim()).toMatch(/^95,24\b/);
    // The tree, its root and the sub-area typed in.
    await page.getByTestId('tree-ROOT').filter({ hasText: '95,24 / 100,00' }).waitFor();
    await page.getByTestId('tree-A.I.1.ii').filter({ hasText: '0,67 / 1,00' }).waitFor();
    // The grid: both answers, their values and the sub-area's pinned total.
    await cellShows(page, 'A.I.1.ii.b', 'answer', 'B');
    await cellShows(page, 'A.I.1.ii.c', 'answer', 'B');
    await cellShows(page, 'A.I.1.ii.b', 'value', '0,50');
    await cellShows(page, 'A.I.1.ii.c', 'value', '0,50');
    await page
      .locator('.ag-row-pinned[row-id="total:A.I.1.ii"] .ag-cell[col-id="value"]')
      .filter({ hasText: /^0,67$/ })
      .waitFor();
    await screenshot(page, 'fast-typing-20-answers');

    // What was saved scores the same outside the window.
    const path = (await page.locator('.doc-title').getAttribute('title')) as string;
    const scored = JSON.parse(
      execFileSync(process.execPath, ['bin/rbw.mjs', 'score', path, '--json'], {
        cwd: REPO,
        encoding: 'utf8',
      }),
    );
    expect(scored.rule).toBe('workbook');
    expect(scored.total).toBeCloseTo(95.2429, 4);
    expect(scored.totals.standard).toBeCloseTo(95.3762, 4);
  });

  // Enter sends the answer at once and the grid moves on once its total is painted: keys pressed before
  // then (here with no pause at all, on the slowed page) go to the cell the move reaches, and Ctrl+Z right
  // after Enter undoes that answer. From the state the test above leaves: b and c both B.
  it('keeps keys pressed before an answer is back for the cell Enter moves to', async () => {
    const { page } = wb;
    const { cdp, sent } = await slowedAndWatched(page);
    await cell(page, 'A.I.1.ii.b', 'answer').click();
    await page.keyboard.type('a\nc\n');
    await expect.poll(() => sent.length, { timeout: 30_000 }).toBe(2);
    await cellShows(page, 'A.I.1.ii.b', 'answer', 'A');
    await cellShows(page, 'A.I.1.ii.c', 'answer', 'C');
    await cell(page, 'A.I.1.ii.c', 'answer').click();
    for (const key of ['a', 'Shift+Enter', 'c', 'Shift+Enter']) await page.keyboard.press(key);
    await expect.poll(() => sent.length, { timeout: 30_000 }).toBe(4);
    await cellShows(page, 'A.I.1.ii.c', 'answer', 'A');
    await cellShows(page, 'A.I.1.ii.b', 'answer', 'C');
    // B on c, then at once Ctrl+Z: c is back to A, b keeps C.
    await cell(page, 'A.I.1.ii.c', 'answer').click();
    for (const key of ['b', 'Enter', 'Control+z']) await page.keyboard.press(key);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(sent).toEqual(['A.I.1.ii.b=A', 'A.I.1.ii.c=C', 'A.I.1.ii.c=A', 'A.I.1.ii.b=C', 'A.I.1.ii.c=B']);
    await cellShows(page, 'A.I.1.ii.c', 'answer', 'A');
    await cellShows(page, 'A.I.1.ii.b', 'answer', 'C');
    expect(await cell(page, 'A.I.1.ii.a', 'answer').textContent()).toBe('Ya');
    // Both A and C are worth 1 and 0 on the A/B/C scale: (1 + 0 + 1) / 3 for the sub-area: 95,5762 − 1/3.
    await expectTotal(page, '95,24', 30_000);
  });
});

/**
 * The page's CPU slowed 4× (as Chrome's performance panel does), and every answer it sends from now on,
 * in order: each keystroke's letter with the cell it was typed in.
 */
async function slowedAndWatched(page: Page): Promise<{ cdp: CDPSession; sent: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const sent: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/records.set')) return;
    const body = JSON.parse(request.postData() ?? '{}') as { itemId?: string; value?: string };
    sent.push(`${body.itemId}=${body.value}`);
  });
  return { cdp, sent };
}
