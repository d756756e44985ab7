import ExcelJS from 'exceljs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Scorer } from '../../shared/scoring/scorer';
import { GENERATED } from '../fixtures/workbooks/ensure-fixtures';
import { readCells, recalculate } from '../fixtures/workbooks/libreoffice-oracle';
import { realAnswers } from '../fixtures/workbooks/real-answers';
import { REAL_WORKBOOK } from '../fixtures/workbooks/reference-models';

/**
 * The regulation's result for the real filled workbook, worked out independently of the scoring code:
 * LibreOffice recalculates copies of the workbook in which the two defects are corrected, and its total
 * is compared with the built-in zi-2021 template scoring the answers extracted from the workbook
 * (read from it at test time: test/fixtures/workbooks/real-answers.ts).
 *
 * Why the workbook's own total (95,5762) differs from the regulation's (95,7095), row by row:
 * - Row 8: "Pilihan Jawaban" J8 holds "Ya" instead of "Ya/Tidak", so L8 shows "-" (text) and Excel's
 *   AVERAGE in L7 leaves the row out. Here K8 = Ya and K9 = A are both worth 1, so L7 = 0,5 either way:
 *   no effect on this unit's total (a second copy below, with K9 = C, shows the effect: 0 against 0,25).
 * - Row 175: "iii. Penyampaian Laporan Harta Kekayaan" (weight 2) is AVERAGE(L176:L179)*H175, which
 *   averages the LHKPN sub-sub-area L176 (0,8667) with its own % row L177 (0,8667) and skips the LHKASN
 *   sub-sub-area L183 (1): 0,8667 × 2 = 1,7333. The rule sums the two halves (weight 1 each):
 *   0,8667 + 1 = 1,8667. The regulation's total is higher by 0,1333.
 */
const DIR = join(GENERATED, 'standard-rule');

async function correctedCopy(name: string, changes: Record<string, string>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(REAL_WORKBOOK);
  const sheet = workbook.getWorksheet('LKE ZI') as ExcelJS.Worksheet;
  sheet.getCell('J8').value = 'Ya/Tidak';
  sheet.getCell('L175').value = { formula: 'SUM(L176,L183)' } as ExcelJS.CellFormulaValue;
  for (const [address, value] of Object.entries(changes)) sheet.getCell(address).value = value;
  const file = join(DIR, `${name}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('the real filled workbook scored by the regulation', () => {
  let totals: Record<string, number>;

  beforeAll(async () => {
    await mkdir(DIR, { recursive: true });
    const files = [await correctedCopy('as-filled', {}), await correctedCopy('k9-c', { K9: 'C' })];
    const recalculated = await recalculate(files, join(DIR, 'recalculated'));
    const cells = readCells(
      recalculated.map((file) => ({ file, sheet: 'LKE ZI', cells: ['L208', 'L7', 'L175'] })),
    );
    totals = Object.fromEntries(
      recalculated.map((file, i) => [i === 0 ? 'asFilled' : 'k9c', Number(cells[file]?.L208)]),
    );
    // The corrected sub-area of row 175, as LibreOffice computes it: 0,8667 + 1.
    expect(Number(cells[recalculated[0] as string]?.L175)).toBeCloseTo(1.8667, 4);
  });

  it('gives 95,7095 for the answers as filled: 0,1333 above the workbook, all of it from row 175', async () => {
    expect(totals.asFilled).toBeCloseTo(95.7095, 4);
    const { index, answers } = await realAnswers();
    const scorer = new Scorer(index);
    scorer.setAnswers(answers);
    expect(scorer.total()).toBeCloseTo(totals.asFilled as number, 9);
    expect(scorer.total() - 95.5762).toBeCloseTo(0.1333, 4);
    expect(scorer.group('A.II.5.iii').value).toBeCloseTo(1.8667, 4);
    expect(scorer.group('A.I.1.i').value).toBeCloseTo(0.5, 12);
  });

  it('counts row 8 in its sub-area, which the mislabelled workbook leaves out', async () => {
    const { index, answers } = await realAnswers();
    const scorer = new Scorer(index);
    scorer.setAnswers(answers);
    scorer.setAnswer('A.I.1.i.b', 'C');
    // (Ya = 1 + C = 0) / 2 × 0,5 = 0,25, where the workbook's L7 would show AVERAGE(L9) × 0,5 = 0.
    expect(scorer.group('A.I.1.i').value).toBeCloseTo(0.25, 12);
    expect(scorer.total()).toBeCloseTo(totals.k9c as number, 9);
  });
});
