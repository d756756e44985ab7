import ExcelJS from 'exceljs';
import { basename } from 'node:path';
import type { Translate } from '../../shared/i18n/translator';
import type { PlanResult } from '../../shared/planning/make-plan';
import { rencanaAksiLines } from '../../shared/planning/rencana-aksi';
import { checkExportTarget, saveExport } from '../export/save-export';

/** Writes a plan as a workbook with one sheet "Rencana Aksi" (see rencanaAksiLines); refused like any export. */
export async function writeRencanaAksi(path: string, plan: PlanResult, documentPath: string, t: Translate) {
  await checkExportTarget(path);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Rencana Aksi');
  const lines = rencanaAksiLines(plan, basename(documentPath), t);
  lines.forEach((line) => sheet.addRow(line));
  const header = 6;
  sheet.getRow(1).font = { bold: true, size: 13 };
  sheet.getRow(header).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: header }];
  const widths = [5, 24, 14, 70, 10, 10, 10, 8, 18, 12, 10];
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  for (const row of [3, 4]) sheet.getCell(row, 2).numFmt = '0.00';
  sheet.getColumn(7).numFmt = '0.00';
  await saveExport(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}
