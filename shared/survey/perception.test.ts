import { describe, expect, it } from 'vitest';
import { IPAK_ASPECTS } from './items';
import { perceptionCategory } from './perception';
import { summarizeSurvey } from './summarize';
import type { Survey } from './survey';

function ipak(rows: (number | null)[][], extra: Partial<Survey> = {}): Survey {
  return {
    name: 'SPAK 2026',
    kind: 'ipak',
    scale: 6,
    weights: 'exact',
    conversion: 'proportional',
    population: null,
    items: IPAK_ASPECTS.map((e) => ({ key: e.key, name: e.name, header: e.name })),
    sourceFile: 'spak.csv',
    importedAt: '2026-12-07T00:00:00Z',
    respondents: rows.map((values, i) => ({
      row: i + 2,
      serviceType: null,
      date: null,
      answers: Object.fromEntries(IPAK_ASPECTS.map((a, j) => [a.key, values[j] ?? null])),
    })),
    boundTo: [],
    ...extra,
  };
}

describe('an IPAK on a 1–6 scale', () => {
  const rows = [
    [6, 6, 6, 6, 6],
    [5, 5, 5, 5, 5],
    [4, 5, 6, 5, 5],
  ];
  it('averages the aspects and converts the average by the stated rule', () => {
    // By hand: aspect averages 5, 16/3, 17/3, 16/3, 16/3 → average 16/3.
    // proportional: 16/3 × 4 ÷ 6 = 3,5556 (under the 3,60 minimum); range: 1 + 3 × (16/3 − 1) ÷ 5 = 3,60.
    const proportional = summarizeSurvey(ipak(rows));
    expect(proportional.average).toBeCloseTo(16 / 3, 12);
    expect(proportional.index).toBeCloseTo(32 / 9, 12);
    expect(proportional.category).toBe('di bawah minimum');
    const range = summarizeSurvey(ipak(rows, { conversion: 'range' }));
    expect(range.index).toBeCloseTo(3.6, 12);
    expect(range.category).toBe('WBBM');
  });
  it('warns under the TPN minimum of 30 respondents', () => {
    expect(summarizeSurvey(ipak(rows)).warnings.map((w) => w.code)).toContain('survey.fewerThanTpnMinimum');
    const thirty = Array.from({ length: 30 }, () => [4, 4, 4, 4, 4]);
    expect(summarizeSurvey(ipak(thirty)).warnings).toEqual([]);
  });
  it('leaves a 1–4 survey as it is under either conversion', () => {
    const four = ipak([[4, 3, 4, 3, 4]], { scale: 4 });
    expect(summarizeSurvey(four).index).toBeCloseTo(3.6, 12);
    expect(summarizeSurvey({ ...four, conversion: 'range' }).index).toBeCloseTo(3.6, 12);
  });
});

describe('the ZI survey minimums', () => {
  it('are 3,60 for IPAK and 3,20 (WBK) / 3,60 (WBBM) for IPKP', () => {
    expect(perceptionCategory('ipkp', 3.19)).toBe('di bawah minimum');
    expect(perceptionCategory('ipkp', 3.2)).toBe('WBK');
    expect(perceptionCategory('ipkp', 3.6)).toBe('WBBM');
    expect(perceptionCategory('ipak', 3.59)).toBe('di bawah minimum');
    expect(perceptionCategory('ipak', 3.2)).toBe('di bawah minimum');
  });
});
