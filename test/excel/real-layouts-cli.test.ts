import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { referenceDir } from '../fixtures/workbooks/reference-models';

/**
 * The real workbooks of other models and agencies, scored as a new user would: `rbw score FILE --json`.
 * Expected totals are the workbooks' own cached values and LibreOffice's recalculations (SOURCES.md).
 */
const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const workbook = (name: string): string => join(referenceDir, 'workbooks', name);

interface ScoreJson {
  total: number | null;
  rule: string;
  templateId: string;
  questions: number;
  answered: number;
  components: { code: string; title: string; weight: number; value: number }[];
  totals: { workbook: number | null; standard: number; workbookError?: string };
  incomplete: { id: string; cell: string }[];
  priorYear?: { year: number | null; totals: { workbook: number | null; standard: number } };
  answerSets?: { sheet: string; totals: { workbook: number | null; standard: number } }[];
  reviewers?: { label: string; answered: number }[];
}

async function score(file: string, ...args: string[]): Promise<ScoreJson> {
  const { stdout } = await run(
    process.execPath,
    [join(ROOT, 'bin', 'rbw.mjs'), 'score', file, '--json', ...args],
    {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return JSON.parse(stdout) as ScoreJson;
}

async function inspect(file: string): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    [join(ROOT, 'bin', 'rbw.mjs'), 'inspect', file, '--lang=en'],
    {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return stdout;
}

describe('real workbooks of other models, read from their formulas', () => {
  it('BPS Indeks RB 2015: 71.4063 this year from its own block, 60.8602 last year, components 60 + 40', async () => {
    const result = await score(workbook('lke-rb-2015-bps.xlsx'), '--rule', 'workbook');
    expect(result.total).toBe(71.4063);
    expect(result.questions).toBe(151);
    expect(result.components.map((c) => [c.code, c.weight])).toEqual([
      ['A.', 60],
      ['B.', 40],
    ]);
    expect(result.priorYear).toMatchObject({ year: 2014, totals: { workbook: 60.8602 } });
    const findings = await inspect(workbook('lke-rb-2015-bps.xlsx'));
    expect(findings).toContain('K14');
    expect(findings).not.toContain('weights');
  }, 240_000);

  it('Kemenkumham PMPRB: the summary sheet’s Indeks RB 63.2847, the centre sheet 62.9421', async () => {
    const result = await score(
      workbook('derived/lke-pmprb-2015-kemenkumham-randfill-s1.xlsx'),
      '--rule',
      'workbook',
    );
    expect(result.total).toBe(63.2847);
    expect(result.components.map((c) => c.weight)).toEqual([60, 40]);
    expect(result.questions).toBe(157);
    expect(result.answerSets?.[0]).toMatchObject({ sheet: 'LKE Pusat', totals: { workbook: 62.9421 } });
    expect(result.answerSets?.map((s) => s.sheet)).toEqual([
      'LKE Pusat',
      'LKE Unit 1',
      'LKE Unit 2',
      'LKE Unit 3',
      'LKE Unit 4',
    ]);
  }, 240_000);

  it('scores each answer sheet on its own: a unit’s sheet with its own total and answers', async () => {
    const file = workbook('derived/lke-pmprb-2015-kemenkumham-randfill-s1.xlsx');
    const all = await score(file);
    const unit = await score(file, '--sheet', 'LKE Unit 3');
    const listed = all.answerSets?.find((s) => s.sheet === 'LKE Unit 3');
    expect(unit.total).toBe(listed?.totals.workbook);
    expect(unit.totals.standard).toBe(listed?.totals.standard);
    await expect(score(file, '--sheet', 'LKE Unit 9')).rejects.toMatchObject({
      stderr: expect.stringMatching(/LKE Unit 9.*LKE Pusat, LKE Unit 1/),
    });
  }, 240_000);

  it('the blank Kemenkumham workbook: incomplete, naming the empty sub-areas, no false weight findings', async () => {
    const file = workbook('lke-pmprb-2015-kemenkumham-pusat-unit-blank.xlsx');
    const result = await score(file, '--rule', 'workbook');
    expect(result.total).toBeNull();
    expect(result.totals.workbookError).toBe('#DIV/0!');
    expect(result.incomplete[0]).toMatchObject({ id: 'A.I.1', cell: 'L5' });
    expect(result.components.map((c) => c.weight)).toEqual([60, 40]);
    expect(await inspect(file)).not.toMatch(/do not add up|not equal the sum/i);
  }, 240_000);

  it('KESDM export template without score formulas: 57.0190 by the regulation, all three answer blocks', async () => {
    const result = await score(workbook('derived/lke-zi-2021-kesdm-randfill-s2.xlsx'), '--rule', 'standard');
    expect(result.total).toBe(57.019);
    expect(result.rule).toBe('standard');
    expect(result.answered).toBe(113);
    expect(result.reviewers?.map((r) => r.label)).toEqual(['Jawaban TPI', 'Jawaban TPI KESDM']);
    expect(await inspect(workbook('derived/lke-zi-2021-kesdm-randfill-s2.xlsx'))).toMatch(
      /computes no scores itself; its questions were matched with the template/,
    );
  }, 240_000);
});
