import ExcelJS from 'exceljs';
import type { RawCellContent } from 'hyperformula';
import { HyperFormula } from 'hyperformula';

/**
 * The floor of this stack, written directly against the libraries: exceljs reads the file and
 * HyperFormula builds the given sheets from exceljs's cells (formulas as "=" + formula, shared formulas
 * expanded by exceljs), nothing else. The same engine settings as the workbench's.
 */
export async function readAndBuild(bytes: Buffer, sheetNames: ReadonlySet<string>): Promise<HyperFormula> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const worksheet of workbook.worksheets) {
    if (!sheetNames.has(worksheet.name)) continue;
    const rows: RawCellContent[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, r) => {
      const cells: RawCellContent[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        cells[c - 1] = rawContent(cell);
      });
      rows[r - 1] = cells;
    });
    sheets[worksheet.name] = Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? null));
  }
  return HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', smartRounding: false, undoLimit: 0 });
}

/** exceljs reading a workbook (untimed by the caller) and writing it back: the floor of an export. */
export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

function rawContent(cell: ExcelJS.Cell): RawCellContent {
  const value = cell.value as unknown;
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value as RawCellContent;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if (cell.formula) return `=${cell.formula}`;
  const object = value as { richText?: { text: string }[]; text?: unknown; error?: string };
  if (object.richText) return object.richText.map((run) => run.text).join('');
  if (object.error) return object.error;
  return object.text === undefined ? null : String(object.text);
}
