import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { cell } from './workbench';

// What the working day's steps read off the grid: where a column lies, what is selected, what was copied.

/** The column's cell (header, or the row's cell) lies wholly inside the grid's visible area. */
export async function fullyInGrid(page: Page, colId: string, rowId?: string): Promise<void> {
  const target = rowId
    ? cell(page, rowId, colId)
    : page.locator(`.ag-header-cell[col-id="${colId}"]`).first();
  const box = await target.boundingBox();
  const grid = await page.getByTestId('indicator-grid').boundingBox();
  if (!box || !grid) throw new Error(`${colId} is not on screen`);
  expect(box.x, `${colId} starts inside the grid`).toBeGreaterThanOrEqual(grid.x);
  expect(box.x + box.width, `${colId} ends inside the grid`).toBeLessThanOrEqual(grid.x + grid.width + 1);
  expect(box.y + box.height).toBeLessThanOrEqual(768);
}

/** Waits until the grid draws the cell inside the range (the grid redraws a frame after the key). */
async function inRange(page: Page, rowId: string, colId: string): Promise<void> {
  await page.locator(`.ag-row[row-id="${rowId}"] .cell-selected[col-id="${colId}"]`).waitFor();
}

/**
 * Clicks a cell and waits until the grid draws it as the whole selection: a range left by the step before
 * (a drag a step before) must not count as the click's.
 */
export async function selectOnly(page: Page, rowId: string, colId: string): Promise<void> {
  await cell(page, rowId, colId).click();
  await page
    .waitForFunction(
      ([row, col]) => {
        const cells = [...document.querySelectorAll('.cell-selected')];
        return (
          cells.length === 1 &&
          cells[0]!.getAttribute('col-id') === col &&
          cells[0]!.closest('.ag-row')?.getAttribute('row-id') === row
        );
      },
      [rowId, colId],
      { timeout: 5000 },
    )
    .catch(async (e) => {
      const seen = await page.evaluate(() =>
        [...document.querySelectorAll('.cell-selected')].map(
          (c) => `${c.closest('.ag-row')?.getAttribute('row-id')}/${c.getAttribute('col-id')}/${c.className}`,
        ),
      );
      throw new Error(
        `${rowId} ${colId} is not the whole selection; drawn selected: ${JSON.stringify(seen)} (${String(e)})`,
      );
    });
}

/** Shift+↓, seen drawn before the next key, as a person sees it before pressing on. */
export async function extendDown(page: Page, rowId: string, colId: string): Promise<void> {
  await page.keyboard.press('Shift+ArrowDown');
  await inRange(page, rowId, colId);
}

export async function selectedRows(page: Page): Promise<string[]> {
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('.cell-selected')].map(
      (c) => c.closest('.ag-row')?.getAttribute('row-id') ?? '',
    ),
  );
  return [...new Set(ids)];
}

/** What Ctrl+C put on the clipboard. */
export async function copied(page: Page): Promise<string> {
  await page.keyboard.press('Control+c');
  return page.evaluate(() => navigator.clipboard.readText());
}

export async function headerWidth(page: Page, colId: string): Promise<number> {
  return Math.round((await page.locator(`.ag-header-cell[col-id="${colId}"]`).boundingBox())?.width ?? 0);
}
