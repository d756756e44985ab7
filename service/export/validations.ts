import type ExcelJS from 'exceljs';
import type { ValidationRule } from '../../shared/export/sheet-plan';
import { cellName, parseCellName } from '../../shared/workbook/read/cell-address';
import { sheetValidations } from '../workbooks/exceljs-internals';

/** The exceljs form of an answer cell's check: a dropdown, a whole number, a decimal in range. */
export function validationOf(rule: ValidationRule): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, showInputMessage: true } as const;
  switch (rule.kind) {
    case 'list':
      return { ...common, type: 'list', formulae: [`"${rule.options.join(',')}"`] };
    case 'whole':
      return { ...common, type: 'whole', operator: 'greaterThanOrEqual', formulae: [rule.min] };
    case 'decimal':
      return { ...common, type: 'decimal', operator: 'between', formulae: [rule.min, rule.max] };
  }
}

/** Every cell of a sheet that already has a validation ("K8"), its ranges expanded. */
export function validatedCells(sheet: ExcelJS.Worksheet): Set<string> {
  const cells = new Set<string>();
  for (const [address, rule] of Object.entries(sheetValidations(sheet))) {
    if (!rule) continue;
    for (const part of address.replace(/^range:/, '').split(/\s+/)) {
      const [from, to] = part.split(':');
      const a = from ? parseCellName(from) : null;
      const b = to ? parseCellName(to) : a;
      if (!a || !b || (b.row - a.row + 1) * (b.col - a.col + 1) > 100_000) continue;
      for (let row = a.row; row <= b.row; row++)
        for (let col = a.col; col <= b.col; col++) cells.add(cellName(row, col));
    }
  }
  return cells;
}
