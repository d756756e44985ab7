import { describe, expect, it } from 'vitest';
import { group, question, template } from '../../test/support/small-templates';
import { Scorer } from './scorer';

/** One sub-area of weight 4 per answer type keeps every expected value a one-line hand calculation. */
const single = (answerType: string) =>
  template(
    group('ROOT', 'root', 4, 'sum', [group('S', 'sub-area', 4, 'average', [question('S.a', answerType)])]),
  );

describe('answer types', () => {
  const cases: [string, string | number, number][] = [
    ['Ya/Tidak', 'Ya', 4],
    ['Ya/Tidak', 'Tidak', 0],
    ['A/B/C', 'B', 2], // 0.5 × 4
    ['A/B/C/D', 'B', 2.68], // 0.67 × 4
    ['A/B/C/D', 'C', 1.32], // 0.33 × 4
    ['A/B/C/D/E', 'D', 1], // 0.25 × 4
    ['%', 0.8, 3.2],
  ];
  it.each(cases)('scores %s answered %s as %d points of a sub-area weighted 4', (type, answer, points) => {
    const scorer = new Scorer(single(type));
    scorer.setAnswer('S.a', answer);
    expect(scorer.total()).toBeCloseTo(points, 12);
  });

  it('takes option values from the template, so an older A/B/C/D table (0.6 / 0.3) scores differently', () => {
    const older = single('A/B/C/D');
    older.answerTypes = older.answerTypes.map((t) =>
      t.label === 'A/B/C/D' && t.kind === 'choice'
        ? {
            ...t,
            options: [
              { key: 'A', value: 1 },
              { key: 'B', value: 0.6 },
              { key: 'C', value: 0.3 },
              { key: 'D', value: 0 },
            ],
          }
        : t,
    );
    const scorer = new Scorer(older);
    scorer.setAnswer('S.a', 'B');
    expect(scorer.total()).toBeCloseTo(2.4, 12); // 0.6 × 4
  });

  it('converts survey values by scale: 3,60 of 4 is 15,75 of 17,5 points', () => {
    const t = template(group('ROOT', 'root', 17.5, 'sum', [question('a', 'Nilai (0-4)', { weight: 17.5 })]));
    const scorer = new Scorer(t);
    scorer.setAnswer('a', 3.6);
    expect(scorer.total()).toBeCloseTo(15.75, 12);
    scorer.setAnswer('a', 3.2);
    expect(scorer.total()).toBeCloseTo(14, 12);
  });

  it('converts a SAKIP score ÷ 100 × 14 and looks up Opini BPK points (WDP = 2 of 3)', () => {
    const t = template(
      group('ROOT', 'root', 17, 'sum', [
        question('sakip', 'Nilai SAKIP', { weight: 14 }),
        question('opini', 'Opini BPK', { weight: 3 }),
      ]),
    );
    const scorer = new Scorer(t);
    scorer.setAnswers([
      ['sakip', 72.5],
      ['opini', 'WDP'],
    ]);
    expect(scorer.indicator('sakip').value).toBeCloseTo(10.15, 12); // 72,5 / 100 × 14
    expect(scorer.indicator('opini').value).toBeCloseTo(2, 12);
    expect(scorer.total()).toBeCloseTo(12.15, 12);
  });
});

describe('aggregation policy for unanswered rows', () => {
  const t = template(
    group('ROOT', 'root', 4, 'sum', [
      group('S', 'sub-area', 4, 'average', [
        question('S.a', 'Ya/Tidak'),
        question('S.b', 'A/B/C'),
        question('S.c', 'A/B/C'),
      ]),
    ]),
  );
  const answers: [string, string][] = [
    ['S.a', 'Ya'],
    ['S.b', 'B'],
  ];

  it('scores an unanswered row as excluded from the sub-area average (what Excel AVERAGE does)', () => {
    const scorer = new Scorer(t);
    scorer.setAnswers(answers);
    expect(scorer.total()).toBeCloseTo(3, 12); // (1 + 0.5) / 2 × 4
    expect(scorer.group('S')).toMatchObject({ answered: 2, questions: 3 });
  });

  it('scores an unanswered row as 0 when the policy is zero', () => {
    const scorer = new Scorer(t, { unanswered: 'zero' });
    scorer.setAnswers(answers);
    expect(scorer.total()).toBeCloseTo(2, 12); // (1 + 0.5 + 0) / 3 × 4
  });

  it('honours a per-sub-area policy from the template', () => {
    const perSubArea = structuredClone(t);
    (perSubArea.root.children[0] as { unanswered?: string }).unanswered = 'zero';
    const scorer = new Scorer(perSubArea);
    scorer.setAnswers(answers);
    expect(scorer.total()).toBeCloseTo(2, 12);
  });

  it('marks a sub-area with no answer as empty instead of dividing by zero', () => {
    const scorer = new Scorer(t);
    expect(scorer.group('S')).toMatchObject({ value: 0, empty: true, answered: 0 });
    expect(scorer.total()).toBe(0);
  });
});

describe('derived ratio indicators', () => {
  const ratio = (extra: object) =>
    template(
      group('ROOT', 'root', 2, 'sum', [
        group('S', 'sub-area', 2, 'average', [
          question('S.a', '%', {
            inputs: [
              { id: 'S.a.1', code: '-', title: 'Jumlah yang harus', answerType: 'Jumlah' },
              { id: 'S.a.2', code: '-', title: 'Jumlah yang sudah', answerType: 'Jumlah' },
            ],
            derive: {
              kind: 'ratio',
              numerator: ['S.a.2'],
              subtract: [],
              denominator: ['S.a.1'],
              requires: ['S.a.1', 'S.a.2'],
              min: 0,
              max: 1,
              onZeroDenominator: 1,
              ...extra,
            },
          }),
        ]),
      ]),
    );

  it('divides the inputs: 3 done of 4 gives 0,75 × weight 2 = 1,5', () => {
    const scorer = new Scorer(ratio({}));
    scorer.setAnswers([
      ['S.a.1', 4],
      ['S.a.2', 3],
    ]);
    expect(scorer.total()).toBeCloseTo(1.5, 12);
  });

  it('caps the ratio at 1 when more was done than required', () => {
    const scorer = new Scorer(ratio({}));
    scorer.setAnswers([
      ['S.a.1', 4],
      ['S.a.2', 9],
    ]);
    expect(scorer.indicator('S.a').share).toBe(1);
  });

  it('stays unanswered until every required input is filled', () => {
    const scorer = new Scorer(ratio({}));
    scorer.setAnswer('S.a.1', 4);
    expect(scorer.indicator('S.a').answered).toBe(false);
    expect(scorer.group('S').empty).toBe(true);
  });

  it('applies the declared value to a zero denominator instead of #DIV/0!', () => {
    const owed = new Scorer(ratio({ onZeroDenominator: 1 }));
    owed.setAnswers([
      ['S.a.1', 0],
      ['S.a.2', 0],
    ]);
    expect(owed.indicator('S.a')).toMatchObject({ share: 1, zeroDenominator: true });
    const achieved = new Scorer(ratio({ onZeroDenominator: 0 }));
    achieved.setAnswers([
      ['S.a.1', 0],
      ['S.a.2', 0],
    ]);
    expect(achieved.indicator('S.a').share).toBe(0);
  });

  it('computes a decrease (last year − this year) ÷ last year, floored at 0, 1 when both are 0', () => {
    const decrease = ratio({
      numerator: ['S.a.1'],
      subtract: ['S.a.2'],
      denominator: ['S.a.1'],
      onZeroDenominator: 0,
      onAllZero: 1,
    });
    const scorer = new Scorer(decrease);
    const shareFor = (last: number, now: number) => {
      scorer.setAnswers([
        ['S.a.1', last],
        ['S.a.2', now],
      ]);
      return scorer.indicator('S.a').share;
    };
    expect(shareFor(10, 4)).toBeCloseTo(0.6, 12);
    expect(shareFor(4, 10)).toBe(0);
    expect(shareFor(0, 0)).toBe(1);
    expect(shareFor(0, 3)).toBe(0);
  });
});

describe('gates', () => {
  const gated = (gate: object) =>
    template(
      group('ROOT', 'root', 3, 'sum', [
        group('S', 'sub-area', 3, 'average', [
          question('S.a', 'Ya/Tidak'),
          question('S.b', 'A/B/C', { gate } as object),
          question('S.c', 'A/B/C'),
        ]),
      ]),
    );

  it('forces a row to 0 when its gate row is "Tidak", and counts it as answered', () => {
    const scorer = new Scorer(gated({ kind: 'zero-when', source: 'S.a', answers: ['Tidak'] }));
    scorer.setAnswers([
      ['S.a', 'Tidak'],
      ['S.b', 'A'],
      ['S.c', 'A'],
    ]);
    expect(scorer.indicator('S.b')).toMatchObject({ share: 0, gated: true });
    expect(scorer.total()).toBeCloseTo(1, 12); // (0 + 0 + 1) / 3 × 3
    scorer.setAnswer('S.a', 'Ya');
    expect(scorer.total()).toBeCloseTo(3, 12);
  });

  it('multiplies a row by its gate row and rescoring follows the gate when only the source changes', () => {
    const scorer = new Scorer(
      template(
        group('ROOT', 'root', 3, 'sum', [
          group('S', 'sub-area', 3, 'average', [
            question('S.a', 'A/B/C'),
            question('S.b', 'A/B/C', { gate: { kind: 'multiply', source: 'S.a' } }),
          ]),
        ]),
      ),
    );
    scorer.setAnswers([
      ['S.a', 'B'],
      ['S.b', 'A'],
    ]);
    expect(scorer.indicator('S.b').share).toBeCloseTo(0.5, 12);
    expect(scorer.total()).toBeCloseTo(1.5, 12); // (0.5 + 0.5) / 2 × 3
    scorer.setAnswer('S.a', 'C');
    expect(scorer.indicator('S.b').share).toBe(0);
    scorer.setAnswer('S.a', null);
    expect(scorer.indicator('S.b').answered).toBe(false);
  });
});

describe('what-if', () => {
  it('reports the total an indicator would give at its best answer and leaves the scores unchanged', () => {
    const t = template(
      group('ROOT', 'root', 4, 'sum', [
        group('S', 'sub-area', 4, 'average', [question('S.a', 'A/B/C'), question('S.b', 'A/B/C')]),
      ]),
    );
    const scorer = new Scorer(t);
    scorer.setAnswers([
      ['S.a', 'C'],
      ['S.b', 'A'],
    ]);
    expect(scorer.totalIf('S.a', 1)).toBeCloseTo(4, 12);
    expect(scorer.total()).toBeCloseTo(2, 12);
    expect(scorer.indicator('S.a').share).toBe(0);
  });
});
