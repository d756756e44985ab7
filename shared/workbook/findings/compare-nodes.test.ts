import { describe, expect, it } from 'vitest';
import { agrees } from './compare-nodes';

describe('when a workbook cell shows what the standard rule expects', () => {
  it('accepts any non-number for an unanswered row: "Blm Diisi", "-", blank, #VALUE!', () => {
    for (const shown of ['Blm Diisi', '-', '', null, { error: '#VALUE!' }])
      expect(agrees(shown, null)).toBe(true);
    expect(agrees(0, null)).toBe(false);
  });

  it('compares numbers to rounding and errors with errors', () => {
    expect(agrees(95.57619047619048, 95.576190476190476)).toBe(true);
    expect(agrees(1.7333, 1.8667)).toBe(false);
    expect(agrees({ error: '#DIV/0!' }, { error: '#DIV/0!' })).toBe(true);
    expect(agrees(0, { error: '#DIV/0!' })).toBe(false);
  });
});
