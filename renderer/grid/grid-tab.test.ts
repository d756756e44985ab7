import { describe, expect, it } from 'vitest';
import { entryCell, tabFromCell } from './grid-tab';

const COLUMNS = ['code', 'title', 'answer', 'value', 'note'];

describe('Tab into and out of the grid', () => {
  it('lands on the cell focused last, while it is still shown', () => {
    expect(entryCell({ row: 7, col: 'note' }, 20, COLUMNS)).toEqual({ row: 7, col: 'note' });
  });

  it('lands on the first answer when nothing was focused or the row or column is gone', () => {
    expect(entryCell(null, 20, COLUMNS)).toEqual({ row: 0, col: 'answer' });
    expect(entryCell({ row: 30, col: 'note' }, 20, COLUMNS)).toEqual({ row: 0, col: 'answer' });
    expect(entryCell({ row: 3, col: 'pokja' }, 20, COLUMNS)).toEqual({ row: 0, col: 'answer' });
    expect(entryCell(null, 20, ['code', 'title'])).toEqual({ row: 0, col: 'code' });
  });

  it('takes no focus when no row is shown', () => {
    expect(entryCell(null, 0, COLUMNS)).toBeNull();
  });

  it('leaves the grid on Tab, but moves to the next cell while typing in one', () => {
    const next = { rowIndex: 1, column: {} as never, rowPinned: null };
    expect(tabFromCell({ editing: false, nextCellPosition: next })).toBe(false);
    expect(tabFromCell({ editing: true, nextCellPosition: next })).toBe(next);
    expect(tabFromCell({ editing: true, nextCellPosition: null })).toBe(false);
  });
});
