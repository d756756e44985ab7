import { describe, expect, it } from 'vitest';
import { expandAnswer, monthText, parseMonth, parseStatus } from './cell-text';

describe('what users type into cells', () => {
  it('answers Ya / Tidak with y / t and an option with its letter, case as typed', () => {
    expect(expandAnswer('y', ['Ya', 'Tidak'])).toBe('Ya');
    expect(expandAnswer('T', ['Ya', 'Tidak'])).toBe('Tidak');
    expect(expandAnswer('b', ['A', 'B', 'C'])).toBe('B');
    // Not an option: sent as typed, so the service names it in its refusal.
    expect(expandAnswer('z', ['A', 'B', 'C'])).toBe('z');
  });

  it('shows a target month as "Mei 2026" and reads it back, also as 05/2026', () => {
    expect(monthText('2026-05', 'id')).toBe('Mei 2026');
    expect(monthText('2026-08', 'en')).toBe('August 2026');
    expect(parseMonth('Mei 2026')).toBe('2026-05');
    expect(parseMonth('agu 26')).toBe('2026-08');
    expect(parseMonth('05/2026')).toBe('2026-05');
    expect(parseMonth('2026-5')).toBe('2026-05');
    expect(parseMonth('13/2026')).toBe('13/2026');
  });

  it('reads a status in words', () => {
    const labels = { belum: 'Belum', proses: 'Proses', selesai: 'Selesai' };
    expect(parseStatus('proses', labels)).toBe('proses');
    expect(parseStatus('Selesai', labels)).toBe('selesai');
    expect(parseStatus('nanti', labels)).toBe('nanti');
  });
});
