import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runRbw } from '../hardening/run-rbw';
import { deeplyNestedLke } from '../support/small-lke-workbook';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

const folder = mkdtempSync(join(tmpdir(), 'rbw-deep-made-'));
const path = join(folder, 'subarea-bertumpuk.xlsx');

/**
 * The small LKE of test/support (two sub-areas, a Hasil row, a TOTAL row stating its maximum 15) whose
 * first sub-area's formula AVERAGE(J4:J5)*F3 is wrapped in 200 IF(1,…): past what Excel opens (64) and
 * what the workbench parses; its stored result 3 stands in for it.
 */
beforeAll(async () => {
  writeFileSync(path, await deeplyNestedLke(200));
});

const noBug = (lines: string[]): void =>
  expect(lines.join('\n')).not.toMatch(/kesalahan tak terduga|Maximum call stack|RangeError|\n\s+at /);

describe('a made workbook with a sub-area nested 200 deep', () => {
  it('rbw score and rbw import answer without an unexpected error', async () => {
    const score = await runRbw(['score', path]);
    noBug(score.errLines);
    expect(score.code).toBe(0);
    const out = join(folder, 'subarea-bertumpuk.rbw');
    const imported = await runRbw(['import', path, '--out', out, '--author=koordinator']);
    noBug(imported.errLines);
    expect(imported.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('reads the TOTAL row (at most 15) as the total: 3 + 6 + 3,75 = 12,75, not a third component', async () => {
    // By hand: J3 stored 3, ii. = 1 × 6 = 6, A. = 9, B. = 3 ÷ 4 × 5 = 3,75; TOTAL J10 = A. + B. = 12,75.
    const run = await runRbw(['score', path, '--rule', 'workbook']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Nilai total \(rumus workbook\): 12,75\n/);
    expect(run.stdout).toMatch(/Nilai total: 12,75 \/ 15,00/);
    expect(run.stdout).not.toMatch(/TOTAL\s+0,00/);
    expect(run.stdout).not.toMatch(/melebihi nilai maksimum/);
  });

  it('rbw inspect names the file, sheet and cell J3 in one line', async () => {
    const run = await runRbw(['inspect', path]);
    noBug(run.errLines);
    expect(run.code).toBe(0);
    // The workbench cannot evaluate J3's formula on other answers (it keeps the stored result): no finding
    // says what the formula gives with trial answers.
    expect(run.stdout).not.toMatch(/sel J3: dengan jawaban uji acak/);
    const lines = run.stdout.split('\n').filter((l) => l.includes('sel J3: rumus tidak dapat dibaca'));
    expect(lines).toEqual([
      expect.stringMatching(
        /^\d+\. subarea-bertumpuk\.xlsx: lembar "Lembar Kerja": sel J3: rumus tidak dapat dibaca \(rumus bertumpuk lebih dari 120 tingkat/,
      ),
    ]);
  });
});
