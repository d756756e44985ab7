import { describe, expect, it } from 'vitest';
import { extendSelection } from './range-selection';
import { selectionBounds } from './selection';

const columns = ['code', 'title', 'answer', 'value', 'note'];

describe('extending a range with Shift+arrows', () => {
  it('moves the far corner and keeps the anchor, as Excel does', () => {
    let selection = { anchor: { row: 2, col: 'answer' }, focus: { row: 2, col: 'answer' } };
    selection = extendSelection(selection, 'down', 10, columns);
    selection = extendSelection(selection, 'down', 10, columns);
    selection = extendSelection(selection, 'right', 10, columns);
    expect(selectionBounds(selection, columns)).toEqual({ top: 2, bottom: 4, columns: ['answer', 'value'] });
    selection = extendSelection(selection, 'up', 10, columns);
    selection = extendSelection(selection, 'up', 10, columns);
    selection = extendSelection(selection, 'up', 10, columns);
    expect(selectionBounds(selection, columns)).toEqual({ top: 1, bottom: 2, columns: ['answer', 'value'] });
  });

  it('stops at the edges of the grid', () => {
    let selection = { anchor: { row: 0, col: 'note' }, focus: { row: 0, col: 'note' } };
    selection = extendSelection(selection, 'up', 3, columns);
    selection = extendSelection(selection, 'right', 3, columns);
    expect(selection.focus).toEqual({ row: 0, col: 'note' });
  });
});
