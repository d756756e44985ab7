import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../documents/support';
import { referenceDir } from '../fixtures/workbooks/reference-models';
import { runRbw } from '../hardening/run-rbw';

/**
 * Issue 22: the planner proposes only what a unit can change. Results measured elsewhere — the survey
 * values (IPAK, IPKP), the performance achieved, a SAKIP score, the BPK opinion: the Hasil component —
 * are not answers to pick.
 */
describe('rbw plan: only what a unit can change', () => {
  const folder = tempFolder();

  for (const [file, target] of [
    ['derived/lke-zi-2021-kesdm-randfill-s2.xlsx', '+10'],
    ['lke-rb-2015-bps.xlsx', '+5'],
  ] as const) {
    it(`${file}: a plan for ${target} changes no result of the Hasil component`, async () => {
      const copy = join(folder, file.replace(/^derived\//, ''));
      copyFileSync(join(referenceDir, 'workbooks', file), copy);
      const doc = copy.replace(/\.xlsx$/, '.rbw');
      expect((await runRbw(['import', copy, '--out', doc])).code).toBe(0);
      const run = await runRbw(['plan', doc, '--target', target, '--json']);
      expect(run.code, run.errLines.join('\n')).toBe(0);
      const plan = JSON.parse(run.stdout) as { changes: { code: string; question: string; to: unknown }[] };
      expect(plan.changes.length).toBeGreaterThan(0);
      // Hasil is the component B of both models.
      expect(
        plan.changes.filter((c) => c.code.startsWith('B.')).map((c) => `${c.code} ${c.question}`),
      ).toEqual([]);
    }, 300_000);
  }
});
