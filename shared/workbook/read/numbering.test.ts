import { describe, expect, it } from 'vitest';
import { continues, isCode, splitEmbeddedCode, startsList } from './numbering';

describe('LKE numbering', () => {
  it.each(['A.', 'I.', '1.', '1', 'iii.', 'a.', 'd', '-', '(b)', 'iv'])('reads %s as a code', (text) => {
    expect(isCode(text)).toBe(true);
  });

  it.each(['Ya', 'ttd', 'Lainnya', 'Penilaian', 'zz.', '2021'])('reads %s as text, not a code', (text) => {
    expect(isCode(text)).toBe(false);
  });

  it('splits a code written inside its title', () => {
    expect(splitEmbeddedCode('a. Terdapat dokumen rencana kerja')).toEqual({
      code: 'a.',
      title: 'Terdapat dokumen rencana kerja',
    });
    expect(splitEmbeddedCode('- Jumlah Agen Perubahan')).toEqual({
      code: '-',
      title: 'Jumlah Agen Perubahan',
    });
    expect(splitEmbeddedCode('Ya, jika Tim telah dibentuk')).toBeNull();
  });

  it('tells a list that continues from one that starts again', () => {
    expect(continues('iii.', 'iv.')).toBe(true);
    expect(continues('h', 'i')).toBe(true);
    expect(continues('iii.', 'i.')).toBe(false);
    expect(startsList('i.')).toBe(true);
    expect(startsList('a.')).toBe(true);
    expect(startsList('ii.')).toBe(false);
  });
});
