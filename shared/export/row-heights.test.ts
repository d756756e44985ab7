import { describe, expect, it } from 'vitest';
import type { SheetPlan } from './sheet-plan';
import { plannedRow, setCell } from './sheet-plan';
import { rowHeights } from './row-heights';

const plan = (text: string, merged = false): SheetPlan => {
  const row = plannedRow(4, 'question');
  setCell(row, 1, { value: text });
  return {
    name: 'LKE',
    columns: [
      { col: 1, width: 10, wrap: true },
      { col: 2, width: 10 },
    ],
    rows: [row],
    merges: merged ? [{ top: 4, left: 1, bottom: 4, right: 2 }] : [],
    validations: [],
  };
};

describe('the height of a row with wrapped text', () => {
  it('gives a line of 15 points per 13,5 characters of a 10-wide column, and one per line break', () => {
    // 40 characters in a column 10 wide (13,5 characters a line): 3 lines; then 2 more lines.
    expect(rowHeights(plan(`${'x'.repeat(40)}\nb\nc`)).get(4)).toBe(75);
  });

  it('counts a merged cell with its whole width and leaves one-line rows to the default', () => {
    expect(rowHeights(plan('x'.repeat(40), true)).get(4)).toBe(30);
    expect(rowHeights(plan('short')).has(4)).toBe(false);
  });
});
