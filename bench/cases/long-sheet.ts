import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import type { BenchCase } from '../support/bench-case';
import { figure, targets } from '../support/figure';
import { REAL_WORKBOOK, tempFolder } from '../support/files';
import { sampleInTurn } from '../support/measure';

/**
 * The real ZI workbook with question rows appended below its total (copies of a question row, each with
 * its own value formula, as a hostile or careless file has them): the import must grow linearly with the
 * rows. Against the real workbook imported in the same run (`rbw score`'s whole import, findings included).
 */
export const longSheetCase: BenchCase = {
  name: 'long-sheet',
  title: 'A sheet of 2,000 and 10,000 appended question rows',
  run: async ({ runs, log }) => {
    const folder = tempFolder('long-sheet');
    const files = await Promise.all(
      [2_000, 10_000].map((n) => appended(n, join(folder, `appended-${n}.xlsx`))),
    );
    log('  real workbook, 2,000 rows appended, 10,000 rows appended, in turn');
    const [real, two, ten] = await sampleInTurn(
      [REAL_WORKBOOK, ...files].map((file) => ({
        run: async () => (await importWorkbook(file)).engine.destroy(),
      })),
      runs(1, 3),
    );
    const baseline = { what: 'importing the real ZI workbook', samples: real as number[] };
    return [
      figure({
        id: 'long-sheet.2000',
        case: 12,
        what: 'Import of the real workbook with 2,000 question rows appended',
        samples: two as number[],
        baseline,
        target: targets.ratioAtMost(4),
      }),
      figure({
        id: 'long-sheet.10000',
        case: 12,
        what: 'Import of the real workbook with 10,000 question rows appended',
        samples: ten as number[],
        baseline,
        target: targets.below(60_000, 'ms'),
      }),
    ];
  },
};

/** The real workbook with `count` copies of its row 9 question below everything. */
async function appended(count: number, path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(REAL_WORKBOOK);
  const sheet = workbook.getWorksheet('LKE ZI') as ExcelJS.Worksheet;
  const formula = sheet.getCell('L9').formula;
  for (let i = 0; i < count; i++) {
    const row = 230 + i;
    sheet.getCell(row, 6).value = 'a.';
    sheet.getCell(row, 7).value = `Pertanyaan tambahan ${i + 1}`;
    sheet.getCell(row, 10).value = 'A/B/C';
    sheet.getCell(row, 11).value = ['A', 'B', 'C'][i % 3] as string;
    sheet.getCell(row, 12).value = {
      formula: formula.replace(/([A-Z])9\b/g, `$1${row}`),
    } as ExcelJS.CellFormulaValue;
  }
  await workbook.xlsx.writeFile(path);
  return path;
}
