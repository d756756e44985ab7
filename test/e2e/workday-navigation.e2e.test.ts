import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullyInGrid, headerWidth } from './support/grid-range';
import type { Workbench } from './support/workbench';
import { cell, cellShows, expectTotal, REAL_WORKBOOK, screenshot, startWorkbench } from './support/workbench';

// A working day on the real ZI workbook at 1366×768, as a pokja member, an evaluator and a coordinator,
// in parts, each in a window of its own opened on the workbook (its total 95,58). Expected answers come
// from the workbook (A.I.1.ii: Ya, A, A; A.I.1.i.a: Ya) and totals by hand.
//
// Finding the way through the LKE: a question found by its note, the tree driven by keyboard, the
// panes folded and widened, a column hidden and another resized, remembered after a reload.

describe('a working day on the real ZI workbook: finding the way', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench(REAL_WORKBOOK);
    await expectTotal(wb.page, '95,58', 90_000);
  });
  afterAll(async () => wb?.close());

  it('finds a question far down the LKE by its note and jumps to it (Ctrl+F)', async () => {
    const { page } = wb;
    await page.getByTestId('tree-ROOT').click();
    // A note typed on a question near the end, then found from the top.
    await page.getByTestId('tree-B.I').click();
    await cell(page, 'B.I.a', 'note').dblclick();
    await page.keyboard.type('kunci-cari-xyz');
    await page.keyboard.press('Tab');
    await cellShows(page, 'B.I.a', 'note', 'kunci-cari-xyz');
    await page.getByTestId('tree-ROOT').click();
    await cell(page, 'A.I.1.i.a', 'answer').click();
    expect(await cell(page, 'B.I.a', 'answer').count()).toBe(0);
    await page.keyboard.press('Control+f');
    await page.getByTestId('find-input').fill('KUNCI-cari');
    await page.keyboard.press('Enter');
    await page.getByTestId('find-count').filter({ hasText: '1 dari 1' }).waitFor();
    await page.locator('.ag-row[row-id="B.I.a"] .ag-cell-focus').waitFor();
    await fullyInGrid(page, 'note', 'B.I.a');
    await screenshot(page, 'day-04-find');
    await page.keyboard.press('Escape');
    // The browser's own find does not see the rows the grid has not drawn: ours searches the document.
    await page.getByTestId('find-open').click();
    await page.getByTestId('find-input').fill('agen perubahan');
    await page
      .getByTestId('find-count')
      .filter({ hasText: /dari [2-9]/ })
      .waitFor();
    await page.getByTestId('find-input').press('Escape');
    await page.getByTestId('find-bar').waitFor({ state: 'detached' });
  });

  it('drives the tree by keyboard, folds and widens it, folds the summary, compacts the rows', async () => {
    const { page } = wb;
    await page.locator('[role="tree"]').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('tree-A').getAttribute('aria-selected')).toBe('true');
    // Left folds the component, Right opens it again.
    await page.keyboard.press('ArrowLeft');
    await page.getByTestId('tree-A.I').waitFor({ state: 'detached' });
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('tree-A.I').waitFor();
    // Full titles on hover.
    expect(await page.getByTestId('tree-A.I.1').getAttribute('title')).toBe('1. MANAJEMEN PERUBAHAN');

    const gridWidth = async () => (await page.getByTestId('indicator-grid').boundingBox())?.width ?? 0;
    const before = await gridWidth();
    await page.getByTestId('tree-splitter').focus();
    await page.keyboard.press('Shift+ArrowRight');
    expect(await gridWidth()).toBe(before - 40);
    await page.getByTestId('summary-hide').click();
    await page.getByTestId('tree-hide').click();
    expect(await gridWidth()).toBeGreaterThan(1250);
    await page.getByTestId('column-chooser').click();
    await page.getByTestId('compact-rows').check();
    await page.getByTestId('column-chooser').click();
    await page.getByTestId('tree-show').click();
    await page.getByTestId('tree-ROOT').click();
    await screenshot(page, 'day-05-compact-no-summary');
    const rowsShown = await page.locator('.ag-grid-scrolling-container .ag-row').count();
    expect(rowsShown).toBeGreaterThan(18);

    // Hide a column, resize another: both are remembered for this document after a reload.
    await page.getByTestId('column-chooser').click();
    await page.getByTestId('column-evidence').uncheck();
    await page.getByTestId('column-chooser').click();
    await page.locator('.ag-header-cell[col-id="evidence"]').waitFor({ state: 'detached' });
    const handle = page.locator('.ag-header-cell[col-id="note"] .ag-header-cell-resize');
    const box = await handle.boundingBox();
    if (!box) throw new Error('no resize handle');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 100, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const noteWidth = await headerWidth(page, 'note');
    expect(noteWidth).toBeGreaterThan(260);
    await page.reload();
    // The summary stays folded after the reload: the header shows the total.
    await page.locator('.header-total').filter({ hasText: '95,58' }).waitFor();
    await page.locator('.ag-header-cell[col-id="note"]').waitFor();
    expect(await page.locator('.ag-header-cell[col-id="evidence"]').count()).toBe(0);
    expect(await headerWidth(page, 'note')).toBe(noteWidth);
    expect(await page.getByTestId('summary-show').count()).toBe(1);
    await page.getByTestId('summary-show').click();
    await page.getByTestId('column-chooser').click();
    await page.getByTestId('compact-rows').uncheck();
    await page.getByTestId('column-evidence').check();
    await page.getByTestId('column-chooser').click();
  });
});
