import { describe, expect, it } from 'vitest';
import { readHeaderLabel } from './header-labels';

describe('reading header labels', () => {
  it.each([
    ['Bobot', { role: 'weight', party: 'unit' }],
    ['Pilihan\nJawaban', { role: 'type', party: 'unit' }],
    ['Jawaban', { role: 'answer', party: 'unit' }],
    ['Catatan/Keterangan/Penjelasan', { role: 'note', party: 'unit' }],
    ['Penjelasan', { role: 'guidance', party: 'unit' }],
    ['Link Bukti Dukung', { role: 'link', party: 'unit' }],
    ['Bukti Dukung Unit Kerja', { role: 'evidence', party: 'unit' }],
    ['Jawaban TPI', { role: 'answer', party: 'reviewer' }],
    ['Nilai Evaluator APIP', { role: 'value', party: 'reviewer' }],
    ['2022 Nilai', { role: 'value', party: 'unit', year: 2022 }],
    ['Jawaban Tahun Lalu', { role: 'answer', party: 'unit', prior: true }],
    [' %', { role: 'percent', party: 'unit' }],
    ['PIC', { role: 'pokja', party: 'unit' }],
  ])('reads "%s"', (text, label) => {
    expect(readHeaderLabel(text)).toEqual(label);
  });

  it('forgives a typo in a header', () => {
    expect(readHeaderLabel('Pilhan Jawaban')?.role).toBe('type');
    expect(readHeaderLabel('Bobott')?.role).toBe('weight');
  });

  it('reads nothing into other headers', () => {
    expect(readHeaderLabel('Tanggal')).toBeNull();
    expect(readHeaderLabel('')).toBeNull();
  });
});
