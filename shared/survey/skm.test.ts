import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SKM_ELEMENTS } from './items';
import { krejcieMorganSample } from './sample-size';
import { elementAverages, ikmOf, skmCategory } from './skm';
import { summarizeSurvey } from './summarize';
import type { Respondent, Survey } from './survey';

const KEYS = SKM_ELEMENTS.map((e) => e.key);

function skm(rows: (number | null)[][], extra: Partial<Survey> = {}): Survey {
  return {
    name: 'SKM 2026',
    kind: 'skm',
    scale: 4,
    weights: 'exact',
    conversion: 'proportional',
    population: null,
    items: SKM_ELEMENTS.map((e) => ({ key: e.key, name: e.name, header: e.name })),
    sourceFile: 'skm.xlsx',
    importedAt: '2026-12-07T00:00:00Z',
    respondents: rows.map((values, i) => ({
      row: i + 2,
      serviceType: null,
      date: null,
      answers: Object.fromEntries(KEYS.map((k, j) => [k, values[j] ?? null])),
    })),
    boundTo: [],
    ...extra,
  };
}

describe('the IKM of an SKM (PermenPANRB 14/2017)', () => {
  it('is 100,00 when everyone answers 4, and 99,90 with the 0,111 weight', () => {
    const all4 = Array.from({ length: 5 }, () => Array<number>(9).fill(4));
    expect(summarizeSurvey(skm(all4)).index).toBeCloseTo(100, 12);
    expect(summarizeSurvey(skm(all4, { weights: 'rounded' })).index).toBeCloseTo(99.9, 12);
    expect(summarizeSurvey(skm(all4)).category).toBe('A (Sangat Baik)');
  });

  it('averages each element over the respondents who answered it (worked by hand)', () => {
    // persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku, pengaduan, sarana
    const rows = [
      [4, 4, 4, 4, 4, 4, 4, 4, 4],
      [3, 3, 3, 3, 3, 3, 3, 3, 3],
      [2, 3, 3, 4, 3, 3, 4, 2, 3],
      [null, 4, 4, 4, 4, 4, 4, 4, 4],
    ];
    const summary = summarizeSurvey(skm(rows));
    // By hand: persyaratan 9/3 = 3; prosedur 14/4; waktu 14/4; biaya 15/4; produk 14/4; kompetensi
    // 14/4; perilaku 15/4; pengaduan 13/4; sarana 14/4. Σ NRR = 31,25.
    expect(summary.elements.map((e) => e.nrr)).toEqual([3, 3.5, 3.5, 3.75, 3.5, 3.5, 3.75, 3.25, 3.5]);
    expect(summary.elements[0]?.answered).toBe(3);
    // 31,25 × 1/9 × 25 = 86,8055…; with 0,111: 31,25 × 0,111 × 25 = 86,71875.
    expect(summary.index).toBeCloseTo(781.25 / 9, 12);
    expect(summary.category).toBe('B (Baik)');
    expect(summarizeSurvey(skm(rows, { weights: 'rounded' })).index).toBeCloseTo(86.71875, 12);
  });

  it('puts each category boundary on its side of the conversion table', () => {
    expect(skmCategory(88.31).mutu).toBe('A');
    expect(skmCategory(88.3).mutu).toBe('B');
    expect(skmCategory(76.61).mutu).toBe('B');
    expect(skmCategory(76.6).mutu).toBe('C');
    expect(skmCategory(65).mutu).toBe('C');
    expect(skmCategory(64.99)).toEqual({ mutu: 'D', kinerja: 'Tidak Baik' });
    expect(skmCategory(76.6)).toEqual({ mutu: 'C', kinerja: 'Kurang Baik' });
    expect(skmCategory(100)).toEqual({ mutu: 'A', kinerja: 'Sangat Baik' });
  });

  it('computes each service type apart and warns when there are fewer respondents than the sample', () => {
    const survey = skm([Array<number>(9).fill(4), Array<number>(9).fill(2), Array<number>(9).fill(3)], {
      population: 20,
    });
    (survey.respondents[0] as Respondent).serviceType = 'KTP';
    (survey.respondents[1] as Respondent).serviceType = 'KK';
    (survey.respondents[2] as Respondent).serviceType = 'KTP';
    const summary = summarizeSurvey(survey);
    expect(summary.byServiceType.map((g) => [g.serviceType, g.respondents, g.index])).toEqual([
      ['KK', 1, 50],
      ['KTP', 2, 87.5],
    ]);
    expect(summary.sample).toEqual({ population: 20, needed: 19 });
    expect(summary.warnings.map((w) => w.code)).toEqual(['survey.fewerThanSample']);
  });

  it('has no IKM while an element has no answer at all, and says which', () => {
    const summary = summarizeSurvey(skm([[4, 4, 4, null, 4, 4, 4, 4, 4]]));
    expect(summary.index).toBeNull();
    expect(summary.warnings).toContainEqual(
      expect.objectContaining({ code: 'survey.elementUnanswered', params: { element: 'Biaya/Tarif' } }),
    );
  });
});

describe('the sample size by Krejcie & Morgan', () => {
  it('reproduces the rows of the published table', () => {
    const rows: [number, number][] = [
      [10, 10],
      [15, 14],
      [20, 19],
      [25, 24],
      [30, 28],
      [50, 44],
      [70, 59],
      [100, 80],
      [220, 140],
      [250, 152],
      [300, 169],
      [380, 191],
      [500, 217],
      [1000, 278],
      [1200, 291],
      [1500, 306],
      [2000, 322],
      [2800, 338],
      [10000, 370],
      [100000, 384],
      [1000000, 384],
    ];
    for (const [population, sample] of rows)
      expect([population, krejcieMorganSample(population)]).toEqual([population, sample]);
  });
});

/** The regulation's computation written plainly, apart from the code under test. */
function plainIkm(rows: (number | null)[][], weight: number): number | null {
  let total = 0;
  for (let col = 0; col < 9; col++) {
    const given = rows.map((r) => r[col]).filter((v): v is number => v !== null);
    if (given.length === 0) return null;
    total += (given.reduce((a, b) => a + b, 0) / given.length) * weight;
  }
  return total * 25;
}

describe('random response sets', () => {
  it('give the IKM of the plain computation, with both weights', () => {
    const answer = fc.option(fc.integer({ min: 1, max: 4 }), { freq: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.array(answer, { minLength: 9, maxLength: 9 }), { minLength: 1, maxLength: 60 }),
        (rows) => {
          const exact = plainIkm(rows, 1 / 9);
          const rounded = plainIkm(rows, 0.111);
          const averages = elementAverages(
            KEYS,
            skm(rows).respondents.map((r) => r.answers),
          );
          const ours = ikmOf(averages, 'exact');
          const oursRounded = ikmOf(averages, 'rounded');
          if (exact === null) return ours === null && oursRounded === null;
          return (
            Math.abs((ours as number) - exact) < 1e-9 &&
            Math.abs((oursRounded as number) - (rounded as number)) < 1e-9
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
