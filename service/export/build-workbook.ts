import ExcelJS from 'exceljs';
import type { WorkbookPlan } from '../../shared/export/sheet-plan';
import { saveWorkbook } from '../workbooks/exceljs-internals';
import { recomputeResults } from './formula-results';
import { renderSheet } from './render-sheet';

/**
 * The .xlsx bytes of planned sheets, every formula carrying its computed result (see
 * FormulaResults) and marked for recalculation when Excel opens it.
 */
export async function buildWorkbook(plan: WorkbookPlan): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'RB Workbench';
  for (const sheet of plan.sheets) renderSheet(workbook, sheet);
  recomputeResults(workbook);
  return writeWorkbook(workbook);
}

/** The bytes of a workbook, asking Excel to recalculate every formula when it opens the file. */
export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Buffer> {
  workbook.calcProperties.fullCalcOnLoad = true;
  return saveWorkbook(workbook);
}
