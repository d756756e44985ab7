import { beforeAll, describe, expect, it } from 'vitest';
import type { LpSolver } from '../../shared/planning/plan-solver';
import { lpSolver } from '../../service/planning/highs-solver';
import { seededRandom } from '../../shared/random';
import { Scorer } from '../../shared/scoring/scorer';
import type { AnswerValue } from '../../shared/template/answer-type';
import type { Group, Indicator, Template } from '../../shared/template/template-schema';
import { group, question, template } from '../support/small-templates';
import { makePlan } from '../../shared/planning/make-plan';
import { parseTarget } from '../../shared/planning/plan-target';
import type { Answers } from './oracle';
import { category, leastEffort, meetsPredicate, totalOf } from './oracle';

let solver: LpSolver;
beforeAll(async () => {
  solver = await lpSolver();
});

const TYPES = ['Ya/Tidak', 'A/B/C', 'A/B/C/D', 'A/B/C/D/E'];

/** A random small template: two components, 2–3 sub-areas of 1–3 questions, some unanswered. */
function randomCase(seed: number): { template: Template; answers: [string, AnswerValue][] } {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const answers: [string, AnswerValue][] = [];
  let n = 0;
  const subAreas = (prefix: string, count: number): Group[] =>
    Array.from({ length: count }, (_, s) => {
      const questions: Indicator[] = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const id = `${prefix}.${s}.q${n++}`;
        const type = pick(TYPES);
        if (random() < 0.8) {
          const keys = type === 'Ya/Tidak' ? ['Ya', 'Tidak'] : type.split('/');
          answers.push([id, pick(keys)]);
        }
        return question(id, type);
      });
      return group(`${prefix}.${s}`, 'sub-area', 1 + Math.floor(random() * 9), 'average', questions);
    });
  const a = subAreas('A', 2 + Math.floor(random() * 2));
  const b = subAreas('B', 1 + Math.floor(random() * 2));
  const weight = (groups: Group[]) => groups.reduce((s, g) => s + g.weight, 0);
  const root = group('ROOT', 'root', weight(a) + weight(b), 'sum', [
    group('A', 'component', weight(a), 'sum', a),
    group('B', 'component', weight(b), 'sum', b),
  ]);
  return { template: template(root), answers };
}

/** The answers with a plan's changes made. */
function applied(answers: Answers, plan: { changes: readonly { id: string; to: AnswerValue }[] }): Answers {
  const after = new Map(answers);
  for (const change of plan.changes) after.set(change.id, change.to);
  return after;
}

const CATEGORIES = ['D', 'C', 'CC', 'B', 'BB', 'A', 'AA'];
const atLeast = (label: string) => (total: number) =>
  CATEGORIES.indexOf(category(total)) >= CATEGORIES.indexOf(label);

describe('the planner finds the least effort, as trying every combination does', () => {
  it.each(Array.from({ length: 24 }, (_, i) => i + 1))('random small template %i', (seed) => {
    const { template: t, answers } = randomCase(seed);
    const scorer = new Scorer(t);
    scorer.setAnswers(answers);
    const given = new Map(answers);
    const max = t.root.weight;
    const current = totalOf(t, given);
    expect(scorer.total()).toBeCloseTo(current, 9);
    for (const fraction of [0.25, 0.6, 0.95]) {
      const needed = current + (max - current) * fraction;
      const plan = makePlan(scorer, () => null, { solver, target: { kind: 'total', total: needed } });
      const optimum = leastEffort(t, given, (a) => totalOf(t, a) >= needed - 1e-9);
      expect(plan.reachable).toBe(optimum !== null);
      expect(plan.effort).toBe(optimum);
      expect(totalOf(t, applied(given, plan))).toBeGreaterThanOrEqual(needed - 1e-9);
      // The scorer is left as it was.
      expect(scorer.total()).toBe(current);
    }
  });

  it('reaches a category, compared as shown (B needs more than 60,00)', () => {
    const t = template(
      group('ROOT', 'root', 100, 'sum', [
        group('S1', 'sub-area', 50, 'average', [question('S1.a', 'A/B/C'), question('S1.b', 'A/B/C')]),
        group('S2', 'sub-area', 50, 'average', [question('S2.a', 'A/B/C/D/E')]),
      ]),
    );
    const scorer = new Scorer(t);
    const filled: [string, AnswerValue][] = [
      ['S1.a', 'B'],
      ['S1.b', 'B'],
      ['S2.a', 'C'],
    ];
    scorer.setAnswers(filled); // 25 + 25 = 50 (C)
    const target = parseTarget('B', t, scorer.total());
    expect(target).toEqual({ kind: 'category', category: 'B' });
    const plan = makePlan(scorer, () => null, { solver, target: target as never });
    const given = new Map<string, AnswerValue | null>(filled);
    const optimum = leastEffort(t, given, (a) => atLeast('B')(totalOf(t, a)));
    // One step is enough, S2.a C → B (25 + 50 × 0,75 = 62,5) or S1.a B → A (50 × 0,75 + 25 = 62,5).
    expect(optimum).toBe(1);
    expect(plan.effort).toBe(optimum);
    expect(category(totalOf(t, applied(given, plan)))).toBe('B');
    expect(plan.predictedCategory).toBe('B');
  });

  it('respects locks and a pokja limit, and says when the target is out of reach with the best there is', () => {
    const t = template(
      group('ROOT', 'root', 20, 'sum', [
        group('S1', 'sub-area', 10, 'average', [question('S1.a', 'A/B/C')]),
        group('S2', 'sub-area', 10, 'average', [question('S2.a', 'A/B/C')]),
      ]),
    );
    const scorer = new Scorer(t);
    scorer.setAnswers([
      ['S1.a', 'C'],
      ['S2.a', 'C'],
    ]);
    const locked = makePlan(scorer, () => null, {
      solver,
      target: { kind: 'total', total: 15 },
      locked: ['S1'],
    });
    expect(locked.reachable).toBe(false);
    expect(locked.predictedTotal).toBe(10);
    expect(locked.changes.map((c) => [c.code, c.from, c.to])).toEqual([['S2.a', 'C', 'A']]);
    expect(locked.changes[0]?.id).toBe('S2.a');
    const pokja = makePlan(scorer, (id) => (id === 'S1.a' ? 'Pokja 1' : 'Pokja 2'), {
      solver,
      target: { kind: 'total', total: 5 },
      pokja: 'Pokja 1',
    });
    expect(pokja.changes.map((c) => [c.id, c.to, c.pokja])).toEqual([['S1.a', 'B', 'Pokja 1']]);
    expect(pokja.byPokja).toEqual([{ pokja: 'Pokja 1', changes: 1, effort: 1, gain: 5 }]);
  });

  it('weighs effort per area: a dearer area is used only when it must be', () => {
    const t = template(
      group('ROOT', 'root', 20, 'sum', [
        group('S1', 'sub-area', 10, 'average', [question('S1.a', 'A/B/C')]),
        group('S2', 'sub-area', 10, 'average', [question('S2.a', 'A/B/C')]),
      ]),
    );
    const scorer = new Scorer(t);
    const plan = makePlan(scorer, () => null, {
      solver,
      target: { kind: 'total', total: 10 },
      effort: { S1: 5 },
    });
    expect(plan.changes.map((c) => [c.id, c.to])).toEqual([['S2.a', 'A']]);
    expect(plan.effort).toBe(3); // unanswered → C → B → A
  });

  it('plans Menuju WBK: every area at its share, the minimums, under the reading asked for', () => {
    const t = template(
      group('ROOT', 'root', 20, 'sum', [
        group('P', 'component', 12, 'sum', [
          group('P1', 'area', 6, 'sum', [
            group('P1.s', 'sub-area', 6, 'average', [question('P1.a', 'A/B/C'), question('P1.b', 'A/B/C')]),
          ]),
          group('P2', 'area', 6, 'sum', [
            group('P2.s', 'sub-area', 6, 'average', [question('P2.a', 'A/B/C/D/E')]),
          ]),
        ]),
        group('H', 'component', 8, 'sum', [question('H.a', 'Nilai (0-4)', { weight: 8 })]),
      ]),
      {
        predicates: [
          {
            id: 'wbk',
            title: 'Menuju WBK',
            conditions: [
              { kind: 'minimum', id: 'total', label: 'total ≥ 14', node: 'ROOT', threshold: 14 },
              { kind: 'every-area', id: 'areas', label: 'every area ≥ 60%', scope: 'P', share: 0.6 },
              { kind: 'minimum', id: 'h', label: 'H ≥ 6', node: 'H.a', threshold: 6 },
            ],
          },
        ],
      },
    );
    const scorer = new Scorer(t);
    const filled: [string, AnswerValue][] = [
      ['P1.a', 'A'],
      ['P1.b', 'C'],
      ['P2.a', 'E'],
      // A survey value is measured elsewhere, not planned (issue 22): as reported, above its minimum.
      ['H.a', 3],
    ];
    scorer.setAnswers(filled);
    const target = parseTarget('WBK', t, scorer.total());
    const plan = makePlan(scorer, () => null, { solver, target: target as never });
    const given = new Map<string, AnswerValue | null>(filled);
    const meets = (a: Answers) => meetsPredicate(t, 'wbk', a);
    expect(plan.reachable).toBe(true);
    expect(plan.effort).toBe(leastEffort(t, given, meets));
    expect(meets(applied(given, plan))).toBe(true);
    expect(plan.predicates[0]?.pass).toEqual({ whole: true, halves: true });
  });
});
