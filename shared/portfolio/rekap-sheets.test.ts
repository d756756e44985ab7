import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translator';
import type { Portfolio } from './portfolio';
import { columnLetters } from '../workbook/read/cell-address';
import { rekapSheets, tableStart } from './rekap-sheets';

const unit = (file: string, model: string, total: number, category: string, rank: number) => ({
  file,
  unit: file.replace(/\..*/, ''),
  model,
  template: model,
  rule: 'workbook' as const,
  total,
  incomplete: false,
  totalError: null,
  emptySubAreas: [],
  standardTotal: total,
  category,
  rank,
  completeness: 1,
  reviewerTotal: null,
  priorTotal: null,
  change: null,
  components: [],
  areas: [{ id: 'A.I.1', title: 'Manajemen Perubahan', weight: 5, value: 4, percent: 0.8 }],
  predicates: [],
  next: null,
});

const portfolio: Portfolio = {
  folder: '/data/opd',
  units: [unit('dinas-a.rbw', 'zi', 81.5, 'A', 1), unit('dinas-b.xlsx', 'rb', 55.25, 'CC', 2)],
  distribution: { AA: 0, A: 1, BB: 0, B: 0, CC: 1, C: 0, D: 0 },
  withinReach: [],
  reach: 5,
  problems: [],
};

describe('the rekap workbook of a portfolio', () => {
  const sheets = rekapSheets(portfolio, createTranslator('id'), new Date('2026-11-30T08:00:00Z'));

  it('has Rekap, Distribusi and one Area sheet per model', () => {
    expect(sheets.map((s) => s.name)).toEqual(['Rekap', 'Distribusi', 'Area ZI', 'Area RB']);
  });

  it('counts each category with COUNTIF over the rows the Rekap’s category column holds', () => {
    const [rekap, distribution] = sheets as [(typeof sheets)[0], (typeof sheets)[0]];
    expect(rekap.header[5]).toBe('Kategori');
    expect(tableStart(rekap)).toBe(6);
    expect(distribution.rows[0]).toEqual([
      'AA',
      { formula: "COUNTIF('Rekap'!$F$6:$F$7,A4)" },
      { formula: "IF(COUNTA('Rekap'!$F$6:$F$7)=0,0,B4/COUNTA('Rekap'!$F$6:$F$7))" },
    ]);
    expect(tableStart(distribution)).toBe(4);
  });

  it('names columns past Z as Excel does (the rekap numbers its columns from 1)', () => {
    expect([1, 26, 27, 28, 52, 53, 702, 703].map((col) => columnLetters(col - 1))).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
