import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { referenceDir } from '../fixtures/workbooks/reference-models';
import { tempFolder } from '../documents/support';
import { fillingLayout, writeFillings } from '../portfolio/random-fillings';

const ZI = join(referenceDir, 'workbooks', 'lke-zi-2021-filled.xlsx');
const RB = join(referenceDir, 'workbooks', 'lke-rb-2015-bps.xlsx');
const folder = tempFolder();

/** Runs rbw as the user would, in this process. */
async function rbw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([...argv, ...(argv[0] === 'set' ? ['--author=tester'] : [])], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface PlanJson {
  rule: string;
  reachable: boolean;
  currentTotal: number;
  predictedTotal: number;
  predictedCategory: string | null;
  effort: number;
  changes: { code: string; from: string | number | null; to: string | number; gain: number }[];
  exact: { currentTotal: number; predictedTotal: number };
}

/** A random filling of a real workbook (seeded), imported into a document with `rbw import`. */
async function filledDocument(source: string, seed: number): Promise<string> {
  const [file] = await writeFillings(source, await fillingLayout(source), folder, [seed]);
  const doc = (file as string).replace(/\.xlsx$/, '.rbw');
  expect((await rbw('import', file as string, '--out', doc)).code).toBe(0);
  return doc;
}

/** The plan as JSON, then every change made one by one with `rbw set`, then `rbw score --json`. */
async function planAndApply(doc: string, ...options: string[]) {
  const planned = await rbw('plan', doc, ...options, '--json');
  expect(planned.err).toBe('');
  const plan = JSON.parse(planned.out) as PlanJson;
  for (const change of plan.changes) {
    expect((await rbw('set', doc, change.code, String(change.to))).code).toBe(0);
  }
  const scored = JSON.parse((await rbw('score', doc, '--json')).out) as {
    total: number;
    category: string;
    predicates: { id: string; pass: { whole: boolean; halves: boolean } }[];
  };
  return { plan, scored };
}

describe('plans on the real workbooks, applied with rbw set', () => {
  let zi: string;
  let rb: string;
  beforeAll(async () => {
    zi = await filledDocument(ZI, 7);
    rb = await filledDocument(RB, 3);
  }, 120_000);

  it('ZI: +5 points without touching Hasil, made change by change, gives exactly the predicted total', async () => {
    const { plan, scored } = await planAndApply(zi, '--target', '+5', '--lock', 'B');
    expect(plan.rule).toBe('workbook');
    expect(plan.reachable).toBe(true);
    expect(plan.changes.length).toBeGreaterThan(0);
    expect(plan.changes.every((c) => !c.code.startsWith('B.'))).toBe(true);
    expect(scored.total).toBe(plan.exact.predictedTotal);
    expect(scored.total).toBeGreaterThanOrEqual(plan.exact.currentTotal + 5 - 1e-9);
    // The gains listed add up to the change of the total.
    const gains = plan.changes.reduce((s, c) => s + c.gain, 0);
    expect(gains).toBeCloseTo(plan.predictedTotal - plan.currentTotal, 3);
  }, 300_000);

  it('ZI: Menuju WBK under both readings is reached by the workbook’s own formulas', async () => {
    // The results are measured elsewhere and not planned (issue 22): the unit's surveys and performance
    // as reported, above the WBK minimums (survey ≥ 3,60 and ≥ 3,20; performance ≥ 2,50 of 5).
    for (const [code, value] of [
      ['B.I.a', '3.8'],
      ['B.I.b', 'A'],
      ['B.II.a', '3.8'],
    ] as const) {
      expect((await rbw('set', zi, code, value)).code).toBe(0);
    }
    const { plan, scored } = await planAndApply(zi, '--target', 'wbk');
    expect(plan.reachable).toBe(true);
    expect(scored.total).toBe(plan.exact.predictedTotal);
    expect(scored.predicates.find((p) => p.id === 'wbk')?.pass).toEqual({ whole: true, halves: true });
  }, 600_000);

  it('RB 2015 (gates, chained rows): +10 points, made change by change, gives exactly the predicted total', async () => {
    const { plan, scored } = await planAndApply(rb, '--target', '+10');
    expect(plan.rule).toBe('workbook');
    expect(plan.reachable).toBe(true);
    expect(scored.total).toBe(plan.exact.predictedTotal);
    expect(scored.total).toBeGreaterThanOrEqual(plan.exact.currentTotal + 10 - 1e-9);
  }, 300_000);

  it('an unreachable target says so and gives the best plan there is', async () => {
    const text = await rbw('plan', zi, '--target', '100', '--lock', 'B.I.a');
    expect(text.code).toBe(0);
    expect(text.out).toContain('Target tidak tercapai');
    const plan = JSON.parse(
      (await rbw('plan', zi, '--target', '100', '--lock', 'B.I.a', '--json')).out,
    ) as PlanJson;
    expect(plan.reachable).toBe(false);
    expect(plan.predictedTotal).toBeLessThan(100);
    // A survey is a result measured elsewhere: locked or not, the plan is the same (issue 22).
    const free = JSON.parse((await rbw('plan', zi, '--target', '100', '--json')).out) as PlanJson;
    expect(free.predictedTotal).toBe(plan.predictedTotal);
  }, 300_000);

  it('refuses a target it cannot read, naming it, and an unknown code', async () => {
    const bad = await rbw('plan', zi, '--target', 'sangat baik');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('sangat baik');
    const unknown = await rbw('plan', zi, '--target', '+1', '--lock', 'Z.9');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Z.9');
  });
});
