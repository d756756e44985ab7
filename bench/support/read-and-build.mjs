// The floor of `rbw score FILE.xlsx` as a whole process: a plain script that only reads the workbook
// with exceljs and builds the given sheets in HyperFormula (the same settings as the workbench's
// engine), then exits. Usage: node read-and-build.mjs FILE.xlsx SHEET [SHEET …]
import ExcelJS from 'exceljs';
import { HyperFormula } from 'hyperformula';

const [file, ...names] = process.argv.slice(2);
const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(file);
const sheets = {};
for (const worksheet of workbook.worksheets) {
  if (!names.includes(worksheet.name)) continue;
  const rows = [];
  worksheet.eachRow({ includeEmpty: false }, (row, r) => {
    const cells = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const value = cell.value;
      cells[c - 1] =
        value === null || value === undefined
          ? null
          : typeof value !== 'object'
            ? value
            : value instanceof Date
              ? value.getTime() / 86_400_000 + 25_569
              : cell.formula
                ? `=${cell.formula}`
                : value.richText
                  ? value.richText.map((run) => run.text).join('')
                  : (value.error ?? (value.text === undefined ? null : String(value.text)));
    });
    rows[r - 1] = cells;
  });
  sheets[worksheet.name] = Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? null));
}
const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', smartRounding: false, undoLimit: 0 });
process.stdout.write(`${hf.getSheetNames().length}\n`);
