import type ExcelJS from 'exceljs';
import { cellName, parseCellName } from '../../shared/workbook/read/cell-address';
import type { CellData, SheetData, WorkbookData } from '../../shared/workbook/read/sheet-data';
import { definedNames, isSheetProtected, mergedRanges, sheetValidations } from './exceljs-internals';

// exceljs's ValueType.Merge: a cell covered by a merged range; Excel keeps it blank.
const MERGE_SLAVE = 1;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Copies what the importer needs out of an exceljs workbook: values as Excel shows them, formulas with
 * shared formulas expanded, hyperlinks, rich text as plain text, merged ranges, hidden and protected
 * sheets, dropdown lists and defined names.
 */
export function exceljsToData(workbook: ExcelJS.Workbook): WorkbookData {
  const sheets = workbook.worksheets.map(sheetToData);
  const names: WorkbookData['names'] = [];
  for (const entry of definedNames(workbook)) {
    if (entry.ranges.length === 1 && !entry.name.startsWith('_xlnm.')) {
      names.push({ name: entry.name, formula: entry.ranges[0] as string });
    }
  }
  return { sheets, names };
}

function sheetToData(sheet: ExcelJS.Worksheet): SheetData {
  const rows: (CellData | undefined)[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (CellData | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === MERGE_SLAVE) return;
      const data = cellToData(cell);
      if (data) cells[colNumber - 1] = data;
    });
    if (cells.length) rows[rowNumber - 1] = cells;
  });
  return {
    name: sheet.name,
    hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden',
    protected: isSheetProtected(sheet),
    rows,
    merges: mergedRanges(sheet).map((m) => ({
      top: m.top - 1,
      left: m.left - 1,
      bottom: m.bottom - 1,
      right: m.right - 1,
    })),
    lists: readLists(sheet),
  };
}

function cellToData(cell: ExcelJS.Cell): CellData | null {
  const value = cell.value as unknown;
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return { value: value as string | number | boolean };
  if (value instanceof Date) return { value: toSerial(value) };
  const object = value as Record<string, unknown>;
  if ('formula' in object || 'sharedFormula' in object) {
    const formula = cell.formula;
    const result = object.result;
    const shown = plainValue(result);
    return {
      value: shown,
      ...(formula ? { formula } : {}),
      ...(object.shareType === 'array' ? { array: true } : {}),
      ...(isError(result) ? { error: result.error } : {}),
    };
  }
  if ('hyperlink' in object) {
    return { value: textOf(object.text), link: String(object.hyperlink) };
  }
  if ('richText' in object) return { value: textOf(object) };
  if (isError(object)) return { value: null, error: object.error };
  return { value: String(value) };
}

function plainValue(result: unknown): CellData['value'] {
  if (result === null || result === undefined || isError(result)) return null;
  if (result instanceof Date) return toSerial(result);
  if (typeof result === 'object') return textOf(result);
  return result as string | number | boolean;
}

function isError(value: unknown): value is { error: string } {
  return typeof value === 'object' && value !== null && 'error' in value;
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'richText' in value) {
    return (value as { richText: { text: string }[] }).richText.map((run) => run.text).join('');
  }
  return value === null || value === undefined ? '' : String(value);
}

function toSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH) / 86_400_000;
}

/** Dropdown lists of the sheet by cell; lists given by a range are read from that range. */
function readLists(sheet: ExcelJS.Worksheet): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const [address, rule] of Object.entries(sheetValidations(sheet))) {
    if (rule?.type !== 'list' || !rule.formulae?.[0]) continue;
    const options = listOptions(sheet, String(rule.formulae[0]));
    if (!options.length) continue;
    for (const cell of expandAddress(address)) lists[cell] = options;
  }
  return lists;
}

function listOptions(sheet: ExcelJS.Worksheet, formula: string): string[] {
  const text = formula.trim();
  if (text.startsWith('"')) {
    return text
      .slice(1, -1)
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
  }
  const [from, to] = text.replace(/^=/, '').replace(/^.*!/, '').split(':');
  const a = from ? parseCellName(from) : null;
  const b = to ? parseCellName(to) : a;
  if (!a || !b || (b.row - a.row + 1) * (b.col - a.col + 1) > 50) return [];
  const options: string[] = [];
  for (let row = a.row; row <= b.row; row++)
    for (let col = a.col; col <= b.col; col++) {
      const value = sheet.getCell(row + 1, col + 1).text?.trim();
      if (value) options.push(value);
    }
  return options;
}

function expandAddress(address: string): string[] {
  const cleaned = address.replace(/^range:/, '');
  const cells: string[] = [];
  for (const part of cleaned.split(/\s+/)) {
    const [from, to] = part.split(':');
    const a = from ? parseCellName(from) : null;
    const b = to ? parseCellName(to) : a;
    if (!a || !b || (b.row - a.row + 1) * (b.col - a.col + 1) > 5000) continue;
    for (let row = a.row; row <= b.row; row++)
      for (let col = a.col; col <= b.col; col++) cells.push(cellName(row, col));
  }
  return cells;
}
