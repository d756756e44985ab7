import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullyInGrid, selectOnly, extendDown, selectedRows, copied } from './support/grid-range';
import type { Workbench } from './support/workbench';
import { cell, cellShows, expectTotal, REAL_WORKBOOK, screenshot, startWorkbench } from './support/workbench';

// A working day on the real ZI workbook at 1366×768, as a pokja member, an evaluator and a coordinator,
// in parts, each in a window of its own opened on the workbook (its total 95,58). Expected answers come
// from the workbook (A.I.1.ii: Ya, A, A; A.I.1.i.a: Ya) and totals by hand.
//
// The morning of the working day: the evaluator answers beside the unit, then ranges of answers are
// selected, copied, cleared and filled down (the coordinator's target month), each undone again.

describe('a working day on the real ZI workbook: answering', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench(REAL_WORKBOOK);
    await expectTotal(wb.page, '95,58', 90_000);
  });
  afterAll(async () => wb?.close());

  it('puts the unit’s and the evaluator’s answers side by side in the evaluator’s view, remembered', async () => {
    const { page } = wb;
    await page.getByTestId('view-reviewer').click();
    await page.getByTestId('tree-A.I.1').click();
    await fullyInGrid(page, 'answer');
    await fullyInGrid(page, 'reviewerAnswer');
    await fullyInGrid(page, 'reviewerValue');
    // The evaluator answers three questions: Ya, A, B (y answers Ya, as in the unit's column).
    await cell(page, 'A.I.1.ii.a', 'reviewerAnswer').click();
    await page.keyboard.type('y');
    await page.keyboard.press('Enter');
    await cellShows(page, 'A.I.1.ii.a', 'reviewerAnswer', 'Ya');
    await page.keyboard.type('a');
    await page.keyboard.press('Enter');
    await cellShows(page, 'A.I.1.ii.b', 'reviewerAnswer', 'A');
    await page.keyboard.type('b');
    await page.keyboard.press('Enter');
    await cellShows(page, 'A.I.1.ii.c', 'reviewerAnswer', 'B');
    await page.getByTestId('reviewed-count').filter({ hasText: '3/113 dinilai' }).waitFor();
    expect(await page.getByTestId('reviewer-total').textContent()).toBe('0,83');
    // The sub-area's reviewer subtotal: (1 + 1 + 0,5) / 3 × 1 = 0,83, in the grid's heading row and the tree.
    await cellShows(page, 'A.I.1.ii', 'reviewerValue', '0,83');
    await page.getByTestId('tree-review-A.I.1.ii').filter({ hasText: '0,83' }).waitFor();
    expect(await page.getByTestId('tree-review-A.I.1.ii').textContent()).toContain('3/3');
    // The evaluator's cells have their own colour.
    const colours = await page.evaluate(() => {
      const bg = (col: string) =>
        getComputedStyle(
          document.querySelector(`.ag-row[row-id="A.I.1.ii.a"] .ag-cell[col-id="${col}"]`) as Element,
        ).backgroundColor;
      return { unit: bg('answer'), reviewer: bg('reviewerAnswer') };
    });
    expect(colours.reviewer).not.toBe(colours.unit);
    await screenshot(page, 'day-01-evaluator-view');
    await page.reload();
    await expectTotal(page, '95,58');
    expect(await page.getByTestId('view-reviewer').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('view-pokja').click();
    await page.locator('.ag-header-cell[col-id="reviewerAnswer"]').waitFor({ state: 'detached' });
  });

  it('selects a range with Shift+arrows and copies three answers as three lines', async () => {
    const { page } = wb;
    await page.getByTestId('tree-A.I.1.ii').click();
    // The grid shows the node's rows a frame after the tree (a busy machine makes it a long one).
    await page.locator('.ag-row[row-index="0"][row-id="A.I.1.ii"]').first().waitFor();
    await selectOnly(page, 'A.I.1.ii.a', 'answer');
    await extendDown(page, 'A.I.1.ii.b', 'answer');
    await extendDown(page, 'A.I.1.ii.c', 'answer');
    expect(await selectedRows(page)).toEqual(['A.I.1.ii.a', 'A.I.1.ii.b', 'A.I.1.ii.c']);
    expect(await copied(page)).toBe('Ya\nA\nA\n');
    await screenshot(page, 'day-02-range');
    // Shift+click makes the same range; the anchor stays where it was.
    await cell(page, 'A.I.1.ii.a', 'answer').click();
    await cell(page, 'A.I.1.ii.c', 'value').click({ modifiers: ['Shift'] });
    expect(await selectedRows(page)).toEqual(['A.I.1.ii.a', 'A.I.1.ii.b', 'A.I.1.ii.c']);
    expect(await copied(page)).toBe('Ya\t1,00\nA\t1,00\nA\t1,00\n');
    // Dragging from the first answer to the second selects two.
    const from = await cell(page, 'A.I.1.ii.a', 'answer').boundingBox();
    const to = await cell(page, 'A.I.1.ii.b', 'answer').boundingBox();
    if (!from || !to) throw new Error('cells not on screen');
    await page.mouse.move(from.x + 10, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(to.x + 10, to.y + 5, { steps: 4 });
    await page.mouse.move(to.x + 12, to.y + 10, { steps: 2 });
    await page.mouse.up();
    expect(await selectedRows(page)).toEqual(['A.I.1.ii.a', 'A.I.1.ii.b']);
  });

  it('clears a range with Delete and fills down with Ctrl+D, each one undoable step', async () => {
    const { page } = wb;
    await selectOnly(page, 'A.I.1.ii.b', 'answer');
    await extendDown(page, 'A.I.1.ii.c', 'answer');
    await page.keyboard.press('Delete');
    await cellShows(page, 'A.I.1.ii.c', 'answer', '');
    await cellShows(page, 'A.I.1.ii.b', 'answer', '');
    // Left out of the average: Ya alone gives the sub-area 1, the total stays.
    await page.keyboard.press('Control+z');
    await cellShows(page, 'A.I.1.ii.b', 'answer', 'A');
    await cellShows(page, 'A.I.1.ii.c', 'answer', 'A');
    // Undo says what it did and where.
    await page
      .getByTestId('notice')
      .filter({ hasText: /Diurungkan: A\.I\.1\.ii\.[bc] ".+" dan 1 isian lain/ })
      .waitFor();

    // The coordinator's view: pokja, status and target month first. Fill down a target month typed in
    // words: "Mei 2026" shows as typed and is kept as 2026-05.
    await page.getByTestId('view-coordinator').click();
    await cell(page, 'A.I.1.ii.a', 'targetMonth').dblclick();
    await page.keyboard.type('mei 2026');
    await page.keyboard.press('Enter');
    await cellShows(page, 'A.I.1.ii.a', 'targetMonth', 'Mei 2026');
    await selectOnly(page, 'A.I.1.ii.a', 'targetMonth');
    await extendDown(page, 'A.I.1.ii.b', 'targetMonth');
    await extendDown(page, 'A.I.1.ii.c', 'targetMonth');
    await page.keyboard.press('Control+d');
    await cellShows(page, 'A.I.1.ii.c', 'targetMonth', 'Mei 2026');
    await cellShows(page, 'A.I.1.ii.b', 'targetMonth', 'Mei 2026');
    await screenshot(page, 'day-03-fill-down');
    await page.keyboard.press('Control+z');
    await cellShows(page, 'A.I.1.ii.c', 'targetMonth', '');
    await page.keyboard.press('Control+z');
    await cellShows(page, 'A.I.1.ii.a', 'targetMonth', '');
    await page.getByTestId('view-pokja').click();
  });
});
