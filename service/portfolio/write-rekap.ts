import ExcelJS from 'exceljs';
import type { Translate } from '../../shared/i18n/translator';
import type { Portfolio } from '../../shared/portfolio/portfolio';
import type { RekapCell, RekapFormat, RekapSheet } from '../../shared/portfolio/rekap-sheets';
import { rekapSheets, tableStart } from '../../shared/portfolio/rekap-sheets';
import { columnLetters } from '../../shared/workbook/read/cell-address';
import { checkExportTarget, saveExport } from '../export/save-export';

const NUMBER_FORMAT: Record<RekapFormat, string | undefined> = {
  points: '0.00',
  percent: '0%',
  text: undefined,
};

const cellValue = (cell: RekapCell): ExcelJS.CellValue =>
  cell !== null && typeof cell === 'object' ? { formula: cell.formula } : cell;

function writeSheet(workbook: ExcelJS.Workbook, rekap: RekapSheet): void {
  const sheet = workbook.addWorksheet(rekap.name);
  rekap.heading.forEach((line) => sheet.addRow(line.map(cellValue)));
  sheet.getRow(1).font = { bold: true, size: 13 };
  sheet.addRow([]);
  const header = sheet.addRow(rekap.header);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  for (const row of rekap.rows) sheet.addRow(row.map(cellValue));
  const first = tableStart(rekap);
  const last = first + rekap.rows.length - 1;
  rekap.formats.forEach((format, i) => {
    const numFmt = NUMBER_FORMAT[format];
    if (!numFmt) return;
    for (let row = first; row <= last; row++) sheet.getCell(row, i + 1).numFmt = numFmt;
  });
  let headerLines = 1;
  rekap.header.forEach((text, i) => {
    // A header may wrap between words, never inside one ("Peringkat" whole); numbers as shown.
    const word = Math.max(...text.split(/\s+/).map((w) => w.length));
    const shown = (cell: RekapCell) => (typeof cell === 'number' ? 6 : String(cell ?? '').length);
    const width = Math.min(
      40,
      Math.max(8, Math.ceil(word * 1.2) + 2, ...rekap.rows.map((r) => shown(r[i] ?? null) + 2)),
    );
    sheet.getColumn(i + 1).width = width;
    headerLines = Math.max(headerLines, Math.ceil((text.length + 2) / width));
  });
  // Readers do not grow a wrapped row by themselves: the header gets the lines its longest text needs.
  header.height = 15 * Math.min(headerLines + 1, 7);
  sheet.views = [{ state: 'frozen', ySplit: first - 1, xSplit: 2 }];
  // Printed on A4 across, as wide as the page, the header repeated on every page.
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${first - 1}:${first - 1}`,
  };
  if (rekap.rows.length) {
    sheet.autoFilter = {
      from: { row: first - 1, column: 1 },
      to: { row: last, column: rekap.header.length },
    };
  }
  if (rekap.heat && rekap.rows.length) {
    sheet.addConditionalFormatting({
      ref: `${columnLetters(rekap.heat.from - 1)}${first}:${columnLetters(rekap.heat.to - 1)}${last}`,
      rules: [
        {
          type: 'colorScale',
          priority: 1,
          cfvo: [
            { type: 'num', value: 0 },
            { type: 'num', value: 0.6 },
            { type: 'num', value: 1 },
          ],
          color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }],
        },
      ],
    });
  }
}

/**
 * Writes a portfolio as a rekap workbook (sheets Rekap, Distribusi and one Area sheet per model, see
 * rekapSheets); refused like any export (an open or read-only target names the file).
 */
export async function writeRekap(path: string, portfolio: Portfolio, t: Translate, made = new Date()) {
  await checkExportTarget(path);
  const workbook = new ExcelJS.Workbook();
  for (const sheet of rekapSheets(portfolio, t, made)) writeSheet(workbook, sheet);
  await saveExport(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}
