import type ExcelJS from 'exceljs';
import type { SheetPlan } from '../../shared/export/sheet-plan';
import type { AnswerRecord } from '../../shared/records/answer-record';
import type { TemplateIndex } from '../../shared/template/template-index';
import type { WorkbookLayout } from '../../shared/workbook/read/layout';
import { readRecords } from '../../shared/workbook/read/read-records';
import type { SheetData, WorkbookData } from '../../shared/workbook/read/sheet-data';
import { disarmLinks, loadWorkbook, sheetValidations } from '../workbooks/exceljs-internals';
import { exceljsToData } from '../workbooks/exceljs-to-data';
import { keepWhatExceljsLoses } from './exceljs-fixups';
import { FormulaResults } from './formula-results';
import { renderSheet } from './render-sheet';

/** A cell as it was before an export changed it, to put back before the next export. */
interface Saved {
  cell: ExcelJS.Cell;
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
  /** Only its saved formula result changed, not what the user sees as its content. */
  resultOnly: boolean;
}

/**
 * The workbook a document was imported from, read once and kept while the document is open: exporting
 * is then a matter of writing the changed cells and saving, and evaluating the formulas touches only
 * what depends on them. Each export first puts back every cell the previous one changed, so the
 * workbook always starts from the original.
 */
export class LoadedSource {
  /** The LKE sheet as the importer reads it, and its records as they were when imported. */
  readonly data: SheetData;
  readonly original: Record<string, AnswerRecord>;
  /** Formulas of the LKE sheet by "row:col" (0-based). */
  readonly formulas: Map<string, string>;
  private readonly saved = new Map<string, Saved>();
  private readonly addedValidations = new Set<string>();
  private readonly widths = new Map<number, number | undefined>();
  private readonly addedSheets: number[] = [];
  private results: FormulaResults | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly key: string,
    readonly workbook: ExcelJS.Workbook,
    readonly sheet: ExcelJS.Worksheet,
    private readonly all: WorkbookData,
    layout: WorkbookLayout,
    index: TemplateIndex,
  ) {
    this.data = all.sheets.find((s) => s.name === layout.sheet) as SheetData;
    this.original = readRecords(this.data, layout.columns, index, layout.rows).records;
    this.formulas = new Map();
    this.data.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell?.formula) this.formulas.set(`${r}:${c}`, cell.formula);
      }),
    );
    keepWhatExceljsLoses(workbook);
    disarmLinks(workbook);
  }

  /** Reads the stored workbook; null when it has no sheet of the layout's name. */
  static async load(
    key: string,
    bytes: Uint8Array,
    layout: WorkbookLayout,
    index: TemplateIndex,
    fileName: string,
  ): Promise<LoadedSource | null> {
    const workbook = await loadWorkbook(bytes, fileName);
    const sheet = workbook.getWorksheet(layout.sheet);
    const all = exceljsToData(workbook);
    if (!sheet || !all.sheets.some((s) => s.name === layout.sheet)) return null;
    return new LoadedSource(key, workbook, sheet, all, layout, index);
  }

  /** Runs one export at a time: they share the workbook. */
  exclusive<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Puts back every cell, dropdown and width the previous export changed. */
  restore(): void {
    for (const saved of this.saved.values()) {
      saved.cell.value = saved.value;
      saved.cell.style = saved.style;
    }
    this.saved.clear();
    // Deleted, not cleared: exceljs writes a cleared entry as a broken rule.
    const validations = sheetValidations(this.sheet);
    for (const address of this.addedValidations) delete validations[address];
    this.addedValidations.clear();
    for (const [col, width] of this.widths) this.sheet.getColumn(col + 1).width = width as number;
    this.widths.clear();
    for (const id of this.addedSheets.splice(0)) this.workbook.removeWorksheet(id);
  }

  /**
   * Adds a sheet of ours after the workbook's own (removed again by the next restore). A sheet of that
   * name already in the workbook is left alone: ours is named "NAME (2)", "NAME (3)", ….
   */
  addSheet(plan: SheetPlan): ExcelJS.Worksheet {
    const taken = new Set(this.workbook.worksheets.map((w) => w.name.toLowerCase()));
    let name = plan.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${plan.name.slice(0, 26)} (${n})`;
    const sheet = renderSheet(this.workbook, { ...plan, name });
    this.addedSheets.push(sheet.id);
    return sheet;
  }

  /** A cell of the LKE sheet (0-based), remembered so that the next export can put it back. */
  cell(row: number, col: number): ExcelJS.Cell {
    return this.remember(this.sheet, this.sheet.getCell(row + 1, col + 1), false);
  }

  addValidation(cell: ExcelJS.Cell, validation: ExcelJS.DataValidation): void {
    this.addedValidations.add(cell.address);
    cell.dataValidation = validation;
  }

  setWidth(col: number, width: number): void {
    if (!this.widths.has(col)) this.widths.set(col, this.sheet.getColumn(col + 1).width);
    this.sheet.getColumn(col + 1).width = width;
  }

  /**
   * Brings every formula's saved result up to date with the cells this export wrote (see
   * FormulaResults), the engine built on the first export that changes a value.
   */
  updateResults(): void {
    this.results ??= new FormulaResults(this.workbook, this.all);
    const written = [...this.saved.values()].filter((s) => !s.resultOnly).map((s) => s.cell);
    this.results.update(written, (sheet, cell) => this.remember(sheet, cell, true));
  }

  private remember(sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell, resultOnly: boolean): ExcelJS.Cell {
    const key = `${sheet.name}!${cell.address}`;
    if (!this.saved.has(key)) this.saved.set(key, { cell, value: cell.value, style: cell.style, resultOnly });
    return cell;
  }
}
