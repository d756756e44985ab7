import { describe, expect, it } from 'vitest';
import { EMPTY_METADATA } from '../../shared/records/document-metadata';
import { recentTitle } from './recent-title';

describe('a recent document title', () => {
  it('names agency, unit, year and model', () => {
    const metadata = {
      ...EMPTY_METADATA,
      agency: 'Kota Contoh',
      unit: 'Dinas Contoh',
      year: 2021,
      model: 'zi',
    };
    expect(recentTitle({ metadata, fileName: 'a.rbw' })).toBe('Kota Contoh · Dinas Contoh · 2021 · ZI');
  });

  it('names the file when the metadata does not say whose LKE it is', () => {
    const metadata = { ...EMPTY_METADATA, year: 2021, model: 'zi' };
    expect(recentTitle({ metadata, fileName: 'lke-zi-2021-filled.rbw' })).toBe(
      'lke-zi-2021-filled · 2021 · ZI',
    );
    expect(recentTitle({ metadata: null, fileName: 'rusak.rbw' })).toBe('rusak');
  });
});
