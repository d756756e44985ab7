import { isSafeLink } from '../../shared/records/link-policy';
import type ExcelJS from 'exceljs';
import type { CellFormat, PlannedCell, RowTone, SheetPlan } from '../../shared/export/sheet-plan';
import { rowHeights } from '../../shared/export/row-heights';
import { columnLetters } from '../../shared/workbook/read/cell-address';
import { validationOf } from './validations';

const FILLS: Partial<Record<RowTone, string>> = {
  header: 'FFD9D9D9',
  component: 'FFBDD7EE',
  subComponent: 'FFDDEBF7',
  area: 'FFE2EFDA',
  subArea: 'FFF2F2F2',
  total: 'FFFFF2CC',
};
const ANSWER_FILL = 'FFFFFFE0';
const FORMATS: Record<CellFormat, string> = {
  decimal: '0.00',
  percent: '0.00%',
  integer: '0',
  text: '@',
};
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
// Legal paper, landscape, one page wide: the page setup of the official LKE workbooks.
const LEGAL = 5;

/** Adds a planned sheet to an exceljs workbook: cells, styles, merges, dropdowns, frozen header, print setup. */
export function renderSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const titles = plan.printTitleRows;
  const sheet = workbook.addWorksheet(plan.name, {
    state: plan.hidden ? 'hidden' : 'visible',
    views: plan.freeze
      ? [{ state: 'frozen', ySplit: plan.freeze.rows, xSplit: plan.freeze.columns, zoomScale: 80 }]
      : [],
    pageSetup: {
      paperSize: LEGAL,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(titles ? { printTitlesRow: `${titles.first + 1}:${titles.last + 1}` } : {}),
    },
  });
  for (const column of plan.columns) {
    const target = sheet.getColumn(column.col + 1);
    target.width = column.width;
    if (column.hidden) target.hidden = true;
  }
  const wrapped = new Set(plan.columns.filter((c) => c.wrap).map((c) => c.col));
  for (const planned of plan.rows) {
    const row = sheet.getRow(planned.row + 1);
    for (const [col, cell] of planned.cells) {
      writeCell(row.getCell(col + 1), cell, planned.tone, wrapped.has(col));
    }
  }
  for (const [row, height] of rowHeights(plan)) sheet.getRow(row + 1).height = height;
  for (const m of plan.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  if (plan.printColumns) {
    const last = Math.max(...plan.rows.map((r) => r.row)) + 1;
    const { first, last: right } = plan.printColumns;
    sheet.pageSetup.printArea = `${columnLetters(first)}1:${columnLetters(right)}${last}`;
  }
  for (const v of plan.validations) sheet.getCell(v.row + 1, v.col + 1).dataValidation = validationOf(v.rule);
  return sheet;
}

function writeCell(cell: ExcelJS.Cell, planned: PlannedCell, tone: RowTone, wrap: boolean): void {
  if (planned.formula !== undefined) cell.value = { formula: planned.formula } as ExcelJS.CellFormulaValue;
  else if (planned.link && isSafeLink(planned.link) && typeof planned.value === 'string')
    cell.value = { text: planned.value, hyperlink: planned.link };
  else cell.value = planned.value ?? null;
  const fill = planned.editable && planned.format !== 'text' ? ANSWER_FILL : FILLS[tone];
  if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  const bold =
    planned.bold || tone === 'header' || tone === 'component' || tone === 'subComponent' || tone === 'total';
  cell.font = {
    bold,
    ...(planned.link ? { color: { argb: 'FF0563C1' }, underline: true } : {}),
    ...(tone === 'title' ? { size: 12 } : {}),
  };
  if (planned.format) cell.numFmt = FORMATS[planned.format];
  cell.alignment = {
    vertical: tone === 'header' ? 'middle' : 'top',
    ...(tone === 'header' ? { horizontal: 'center' } : {}),
    wrapText: wrap || tone === 'header' || tone === 'title' || planned.format === 'text',
  };
  if (tone !== 'title') cell.border = BORDER;
  if (planned.editable) cell.protection = { locked: false };
}
