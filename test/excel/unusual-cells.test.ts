import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { GENERATED } from '../fixtures/workbooks/ensure-fixtures';
import { REAL_WORKBOOK } from '../fixtures/workbooks/reference-models';

/**
 * Copies of the real workbook with cells Excel opens without complaint but that once stopped the import
 * with a stack trace: an answer cell holding a formula, a note far below the LKE, a formula near Excel's
 * 8,192 characters, parentheses nested past what any engine reads. Each still scores 95,58.
 */
const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join(GENERATED, 'unusual-cells');

const CASES: { name: string; change: (sheet: ExcelJS.Worksheet) => void }[] = [
  {
    name: 'answer-formula',
    change: (s) =>
      (s.getCell('K8').value = {
        formula: 'IF(TRUE,"Ya","Tidak")',
        result: 'Ya',
      } as ExcelJS.CellFormulaValue),
  },
  { name: 'note-at-a40001', change: (s) => (s.getCell('A40001').value = 'catatan akhir') },
  {
    name: 'formula-7997-characters',
    change: (s) =>
      (s.getCell('Z10').value = {
        formula: Array.from({ length: 3998 }, () => '1').join('+'),
      } as ExcelJS.CellFormulaValue),
  },
  {
    name: 'parentheses-3000-deep',
    change: (s) =>
      (s.getCell('Z11').value = {
        formula: `${'('.repeat(3000)}1${')'.repeat(3000)}`,
      } as ExcelJS.CellFormulaValue),
  },
];

beforeAll(async () => {
  await mkdir(DIR, { recursive: true });
  for (const { name, change } of CASES) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(REAL_WORKBOOK);
    change(workbook.getWorksheet('LKE ZI') as ExcelJS.Worksheet);
    await workbook.xlsx.writeFile(join(DIR, `${name}.xlsx`));
  }
}, 120_000);

describe('cells Excel opens that the import once could not', () => {
  it.each(CASES.map((c) => c.name))(
    '%s: scored as the workbook computes it, without a stack trace',
    async (name) => {
      const { stdout, stderr } = await run(
        process.execPath,
        [join(ROOT, 'bin', 'rbw.mjs'), 'score', join(DIR, `${name}.xlsx`), '--json'],
        { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
      );
      expect(stderr).toBe('');
      expect((JSON.parse(stdout) as { total: number }).total).toBe(95.5762);
    },
  );
});
