import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runRbw } from './run-rbw';
import { REAL_WORKBOOK } from './workbook-variants';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

const folder = mkdtempSync(join(tmpdir(), 'rbw-deep-'));
const path = join(folder, 'bertumpuk.xlsx');

/** `IF(1,…)` wrapped `depth` times around `inner`: Excel itself stops at 64 levels. */
const nested = (inner: string, depth: number): string => {
  let formula = inner;
  for (let i = 0; i < depth; i++) formula = `IF(1,${formula})`;
  return formula;
};

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(REAL_WORKBOOK);
  const sheet = workbook.getWorksheet('LKE ZI') as ExcelJS.Worksheet;
  // The grand total and a sub-area, each nested 200 deep (the probe's "200 nested IF(1,…)").
  sheet.getCell('L208').value = { formula: nested('SUM(L198,L206)', 200) } as ExcelJS.CellFormulaValue;
  sheet.getCell('L201').value = { formula: nested('SUM(L202,L203)', 200) } as ExcelJS.CellFormulaValue;
  await workbook.xlsx.writeFile(path);
});

const noBug = (lines: string[]): void =>
  expect(lines.join('\n')).not.toMatch(/kesalahan tak terduga|Maximum call stack|RangeError|\n\s+at /);

describe('formulas nested 200 deep', () => {
  it('rbw score and rbw import answer without an unexpected error', async () => {
    const score = await runRbw(['score', path, '--rule', 'workbook']);
    noBug(score.errLines);
    expect(score.code).toBe(0);
    expect(score.stdout).toMatch(/^Nilai total \(rumus workbook\): /);
    const out = join(folder, 'bertumpuk.rbw');
    const imported = await runRbw(['import', path, '--out', out, '--author=koordinator']);
    noBug(imported.errLines);
    expect(imported.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('rbw inspect names the file, sheet and cell of each, one line each', async () => {
    const run = await runRbw(['inspect', path]);
    noBug(run.errLines);
    expect(run.code).toBe(0);
    for (const cell of ['L201', 'L208']) {
      const lines = run.stdout.split('\n').filter((l) => l.includes(`sel ${cell}: rumus tidak dapat dibaca`));
      expect(lines, cell).toEqual([
        expect.stringMatching(
          new RegExp(
            `^\\d+\\. bertumpuk\\.xlsx: lembar "LKE ZI": sel ${cell}: rumus tidak dapat dibaca \\(rumus bertumpuk lebih dari 120 tingkat`,
          ),
        ),
      ]);
    }
  });
});
