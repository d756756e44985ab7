import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import { seededRandom } from '../../shared/random';
import { kindOf } from '../../shared/answers/kinds';
import { cellName } from '../../shared/workbook/read/cell-address';
import { indexTemplate } from '../../shared/template/template-index';
import { pick } from '../fixtures/workbooks/random';

/** Where an imported workbook's LKE sheet keeps the unit's answers. */
export interface FillingLayout {
  sheet: string;
  answerColumn: number;
  /** The cell of the unit's grand total (A1), as the import finds it: where LibreOffice is read. */
  totalCell: string;
  /** Each answerable cell (1-based row) with the answers it may take. */
  cells: { row: number; choose: (random: () => number) => string | number }[];
}

/**
 * The answer cells of a real workbook and what each may hold: the rows and columns as the import finds
 * them, the options of each answer type; cells holding a formula (computed rows) are left alone. The
 * totals a test expects come from LibreOffice, never from this.
 */
export async function fillingLayout(source: string): Promise<FillingLayout> {
  const imported = await importWorkbook(source);
  try {
    const { layout } = imported;
    const col = layout.columns.unit.answer;
    const index = indexTemplate(imported.template);
    const cells: FillingLayout['cells'] = [];
    for (const answerable of index.answerableOrder) {
      const row = layout.rows[answerable.id];
      if (row === undefined || imported.engine.formulaAt(row, col) !== undefined) continue;
      const type = answerable.type;
      if (type.kind === 'choice') {
        cells.push({ row: row + 1, choose: (random) => pick(random, type.options).key });
      } else if (type.kind === 'count') {
        cells.push({ row: row + 1, choose: (random) => 1 + Math.floor(random() * 24) });
      } else if (type.kind === 'number') {
        cells.push({
          row: row + 1,
          choose: (random) => Math.round((type.min + random() * (type.max - type.min)) * 100) / 100,
        });
      } else {
        cells.push({ row: row + 1, choose: (random) => kindOf(type).trialAnswer(type, random) });
      }
    }
    const total = layout.total as { row: number; col: number };
    return { sheet: layout.sheet, answerColumn: col + 1, totalCell: cellName(total.row, total.col), cells };
  } finally {
    imported.engine.destroy();
  }
}

/** Copies of `source` with every answer cell filled at random (seeded), one file per seed. */
export async function writeFillings(
  source: string,
  layout: FillingLayout,
  outDir: string,
  seeds: readonly number[],
): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  for (const seed of seeds) {
    const random = seededRandom(seed);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(source);
    const sheet = workbook.getWorksheet(layout.sheet) as ExcelJS.Worksheet;
    for (const cell of layout.cells) sheet.getCell(cell.row, layout.answerColumn).value = cell.choose(random);
    const file = join(outDir, `${basename(source, '.xlsx')}-seed-${seed}.xlsx`);
    await workbook.xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}
