import { describe, expect, it } from 'vitest';
import { categoryOf } from './category';

describe('Indeks RB category', () => {
  // Bands read "> lower – upper": each lower edge belongs to the band below.
  const edges: [number, string][] = [
    [100, 'AA'],
    [90.01, 'AA'],
    [90, 'A'],
    [80.01, 'A'],
    [80, 'BB'],
    [70.01, 'BB'],
    [70, 'B'],
    [60.01, 'B'],
    [60, 'CC'],
    [50.01, 'CC'],
    [50, 'C'],
    [30.01, 'C'],
    [30, 'D'],
    [0.01, 'D'],
    [0, 'D'],
  ];
  it.each(edges)('puts a total of %d in category %s', (total, category) => {
    expect(categoryOf(total)).toBe(category);
  });

  it('compares the total as shown with two decimals: 80,004 shows as 80,00 and is BB', () => {
    expect(categoryOf(80.004)).toBe('BB');
    expect(categoryOf(80.006)).toBe('A');
  });

  it('has no category outside 0–100', () => {
    expect(categoryOf(-1)).toBeNull();
    expect(categoryOf(100.5)).toBeNull();
  });
});
