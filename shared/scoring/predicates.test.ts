import { describe, expect, it } from 'vitest';
import { bestAnswers } from '../../test/support/best-answers';
import { builtinTemplate } from '../builtin-templates';
import { indexTemplate } from '../template/template-index';
import { evaluatePredicates } from './predicates';
import { Scorer } from './scorer';

const index = indexTemplate(builtinTemplate('zi-2021') ?? (undefined as never));

function scorerWith(changes: [string, string | number][]): Scorer {
  const scorer = new Scorer(index);
  scorer.setAnswers(bestAnswers(index));
  scorer.setAnswers(changes);
  return scorer;
}

describe('Menuju WBK / WBBM', () => {
  it('gives 100 and passes both predicates when every answer is the best one', () => {
    const scorer = scorerWith([]);
    expect(scorer.total()).toBeCloseTo(100, 9);
    expect(evaluatePredicates(scorer).map((p) => p.pass)).toEqual([
      { whole: true, halves: true },
      { whole: true, halves: true },
    ]);
  });

  // Reform › Manajemen Perubahan (weight 4): i. both % rows 0 → 0 × 2; ii. C = 0,5 × 1; iii. A = 1 × 1.
  // So Reform MP = 1,5 (37,5%) while Pemenuhan MP stays 4: the whole area is 5,5 / 8 = 68,75%.
  const weakReformChange: [string, number | string][] = [
    ['A.II.1.i.a.1', 4],
    ['A.II.1.i.a.2', 0],
    ['A.II.1.i.b.1', 4],
    ['A.II.1.i.b.2', 0],
    ['A.II.1.ii.a', 'C'],
    ['A.II.1.iii.a', 'A'],
  ];

  it('reads "every area ≥ 60%" both ways: the whole area passes while its Reform half fails', () => {
    const scorer = scorerWith(weakReformChange);
    expect(scorer.total()).toBeCloseTo(97.5, 9);
    const [wbk, wbbm] = evaluatePredicates(scorer);
    const areas = wbk?.conditions.find((c) => c.kind === 'every-area');
    const whole = areas?.readings?.whole.areas.find((a) => a.key === 'manajemen-perubahan');
    expect(whole?.value).toBeCloseTo(5.5, 9);
    expect(whole?.max).toBe(8);
    expect(whole?.share).toBeCloseTo(0.6875, 9);
    expect(whole?.pass).toBe(true);
    const reformHalf = areas?.readings?.halves.areas.find((a) => a.key === 'A.II.1');
    expect(reformHalf?.share).toBeCloseTo(0.375, 9);
    expect(reformHalf?.pass).toBe(false);
    expect(wbk?.pass).toEqual({ whole: true, halves: false });
    // WBBM needs 75%: 68,75% fails even when the area is read whole.
    expect(wbbm?.pass).toEqual({ whole: false, halves: false });
  });

  it('checks the survey conditions by their points and shows the survey value', () => {
    // Survey 3,50 → 3,5 / 4 × 17,5 = 15,3125 < 15,75; bersih = 15,3125 + 5 = 20,3125 ≥ 18,25.
    // Service survey 3,20 → 14,00: enough for WBK (≥ 14), not for WBBM (≥ 15,75).
    const scorer = scorerWith([
      ['B.I.a', 3.5],
      ['B.II.a', 3.2],
    ]);
    const [wbk, wbbm] = evaluatePredicates(scorer);
    const byId = (p: typeof wbk, id: string) => p?.conditions.find((c) => c.id === id);
    expect(byId(wbk, 'survei-korupsi')).toMatchObject({
      threshold: 15.75,
      pass: false,
      answer: 3.5,
      answerThreshold: 3.6,
    });
    expect(byId(wbk, 'survei-korupsi')?.figure).toBeCloseTo(15.3125, 9);
    expect(byId(wbk, 'bersih')?.figure).toBeCloseTo(20.3125, 9);
    expect(byId(wbk, 'bersih')?.pass).toBe(true);
    expect(byId(wbk, 'pelayanan')).toMatchObject({ pass: true, threshold: 14 });
    expect(byId(wbbm, 'pelayanan')).toMatchObject({ pass: false, threshold: 15.75 });
    expect(wbk?.pass.whole).toBe(false);
  });

  it('requires Pengungkit ≥ 40 for WBK and ≥ 48 for WBBM', () => {
    // Pemenuhan: Penguatan Pengawasan i. Gratifikasi (1,5) and ii. SPIP (1,5) to 0 → Pengungkit 57.
    const scorer = scorerWith([
      ['A.I.5.i.a', 'C'],
      ['A.I.5.i.b', 'D'],
      ['A.I.5.ii.a', 'E'],
      ['A.I.5.ii.b', 'E'],
      ['A.I.5.ii.c', 'C'],
      ['A.I.5.ii.d', 'C'],
    ]);
    expect(scorer.group('A').value).toBeCloseTo(57, 9);
    const [wbk] = evaluatePredicates(scorer);
    // Pemenuhan Pengawasan 4,5 / 7,5 = 60%: exactly at the WBK minimum, so it passes.
    const half = wbk?.conditions
      .find((c) => c.kind === 'every-area')
      ?.readings?.halves.areas.find((a) => a.key === 'A.I.5');
    expect(half?.share).toBeCloseTo(0.6, 9);
    expect(half?.pass).toBe(true);
  });
});
