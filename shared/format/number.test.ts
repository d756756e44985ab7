import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber } from './number';

describe('Indonesian numbers', () => {
  it('writes a decimal comma and dots for thousands', () => {
    expect(formatNumber(95.57619)).toBe('95,58');
    expect(formatNumber(1234.5)).toBe('1.234,50');
    expect(formatNumber(95.57619, 4)).toBe('95,5762');
  });

  it('reads numbers as users type them', () => {
    expect(parseNumber('60,27')).toBe(60.27);
    expect(parseNumber('3.62')).toBe(3.62);
    expect(parseNumber('1.234')).toBe(1234);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber(' 7 ')).toBe(7);
  });

  it('refuses text that is not a number', () => {
    expect(parseNumber('tujuh')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('1,2,3')).toBeNull();
  });
});
