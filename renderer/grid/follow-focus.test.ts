import { describe, expect, it } from 'vitest';
import { enterTarget, followFocus, sameRows } from './follow-focus';

const rows = (...ids: string[]) => ids.map((id) => ({ id }));

describe('the focus when the rows change under it', () => {
  it('stays on the focused question when the one above it leaves the filter (it moved up one row)', () => {
    // Under "Belum dijawab": a answered, Enter moved the focus to b; then a leaves the rows.
    expect(followFocus(rows('h', 'a', 'b', 'c'), rows('h', 'b', 'c'), 'b')).toBe(1);
  });

  it('goes to the question that was below when the focused one leaves', () => {
    expect(followFocus(rows('a', 'b', 'c', 'd'), rows('a', 'd'), 'b')).toBe(1);
    // Nothing that was below is shown (the last question answered, another part of the tree): left alone.
    expect(followFocus(rows('a', 'b'), rows('a'), 'b')).toBeNull();
    expect(followFocus(rows('a', 'b'), rows('x', 'y'), 'a')).toBeNull();
  });
});

describe('Enter', () => {
  const grid = [
    { kind: 'heading' },
    { kind: 'indicator' },
    { kind: 'heading' },
    { kind: 'heading' },
    { kind: 'input' },
  ];

  it('moves past heading rows to the next question or input row, down or up', () => {
    expect(enterTarget(grid, 1, 1)).toBe(4);
    expect(enterTarget(grid, 4, -1)).toBe(1);
    expect(enterTarget(grid, 1, -1)).toBeNull();
  });
});

describe('a range over new rows', () => {
  it('is kept when the rows are the same ones (an edit or a refresh), not when others are shown', () => {
    expect(sameRows(rows('a', 'b'), rows('a', 'b'))).toBe(true);
    expect(sameRows(rows('a', 'b'), rows('b', 'a'))).toBe(false);
    expect(sameRows(rows('a', 'b'), rows('a'))).toBe(false);
  });
});
