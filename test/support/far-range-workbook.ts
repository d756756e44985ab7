import ExcelJS from 'exceljs';
import { REAL_WORKBOOK } from '../../scripts/templates/reference';

/**
 * The real ZI workbook with a helper sheet using A100000 and AMJ1 (within every other bound) and
 * 'LKE ZI'!L207 summing that sheet whole: the range, cut to the used range, is still 102 million cells,
 * too many to evaluate (refused in one line naming L207).
 */
export function addFarRange(workbook: ExcelJS.Workbook): void {
  const far = workbook.addWorksheet('Jauh');
  far.getCell('AMJ1').value = 1;
  far.getCell('A100000').value = 2;
  (workbook.getWorksheet('LKE ZI') as ExcelJS.Worksheet).getCell('L207').value = {
    formula: 'SUM(Jauh!A1:XFD1048576)',
  } as ExcelJS.CellFormulaValue;
}

/** The real ZI workbook with `addFarRange`, as the bytes of an .xlsx. */
export async function farRangeWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(REAL_WORKBOOK);
  addFarRange(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
