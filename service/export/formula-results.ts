import type ExcelJS from 'exceljs';
import type { RawCellContent } from 'hyperformula';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import type { WorkbookData } from '../../shared/workbook/read/sheet-data';
import { engineFormula } from '../workbooks/engine-formula';
import { engineContent } from '../workbooks/workbook-engine';
import { exceljsToData } from '../workbooks/exceljs-to-data';
import { UsedRanges } from '../../shared/workbook/formula/used-range';

// Same settings as the importer's engine: full precision, as Excel keeps it.
const CONFIG = { licenseKey: 'gpl-v3', smartRounding: false } as const;

type FormulaValue = { formula?: string; sharedFormula?: string; result?: unknown };

/**
 * The saved result of every formula of a workbook, kept up to date with the values an export writes.
 * Excel recalculates on load (fullCalcOnLoad), but LibreOffice with its default settings, viewers and
 * openpyxl show the saved results: a stale total there is exactly the surprise an export must not give.
 * The importer's engine reads only the LKE sheet, and hidden sheets (`Utama`, `Ctt Eval`) copy its
 * values, so the whole workbook is evaluated here, with HyperFormula: built once, then only the cells
 * depending on a changed value are recomputed. A formula the engine cannot read keeps the result the
 * file had; one it cannot evaluate loses its result, which makes Excel and LibreOffice compute it.
 */
export class FormulaResults {
  private readonly hf: HyperFormula;
  /** Cells the engine holds with other contents than the original workbook, and their original. */
  private readonly changed = new Map<string, RawCellContent>();
  /** Whole-column and whole-sheet ranges are read over the used range, as the importer's engine does. */
  private readonly used: UsedRanges;

  constructor(
    private readonly workbook: ExcelJS.Workbook,
    private readonly data: WorkbookData,
  ) {
    this.used = new UsedRanges(data);
    const sheets: Record<string, RawCellContent[][]> = {};
    const used = this.used;
    for (const sheet of data.sheets) {
      const cut = (formula: string): string => used.cutFormula(formula, sheet.name);
      sheets[sheet.name] = Array.from(sheet.rows, (row) =>
        Array.from(row ?? [], (cell) => engineContent(cell, cut)),
      );
    }
    const names = data.names.map((n) => ({ name: n.name, expression: `=${used.cutFormula(n.formula, '')}` }));
    try {
      this.hf = HyperFormula.buildFromSheets(sheets, CONFIG, names);
    } catch {
      this.hf = HyperFormula.buildFromSheets(sheets, CONFIG);
    }
  }

  /**
   * Takes in the cells now written (all others hold their original contents again) and sets the result
   * of every formula cell, through `touch`, which is told each cell before it changes.
   */
  update(written: ExcelJS.Cell[], touch: (sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell) => void): void {
    const now = new Map(written.map((cell) => [keyOf(cell), cell]));
    this.hf.batch(() => {
      for (const [key, original] of this.changed) {
        if (now.has(key)) continue;
        this.hf.setCellContents(addressOf(this.hf, key), [[original]]);
        this.changed.delete(key);
      }
      for (const [key, cell] of now) {
        const address = addressOf(this.hf, key);
        if (!this.changed.has(key)) this.changed.set(key, this.original(cell));
        this.hf.setCellContents(address, [[contentOf(cell.value)]]);
      }
    });
    for (const worksheet of this.workbook.worksheets) {
      const sheet = this.hf.getSheetId(worksheet.name);
      if (sheet === undefined) continue;
      worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
          const value = cell.value as FormulaValue | null;
          if (!value || typeof value !== 'object' || !('formula' in value || 'sharedFormula' in value))
            return;
          if (!engineFormula(cell.formula)) return;
          const result = resultOf(this.hf.getCellValue({ sheet, row: rowNumber - 1, col: colNumber - 1 }));
          if (sameResult(value.result, result)) return;
          touch(worksheet, cell);
          const { result: _old, ...formula } = value;
          cell.value = (result === undefined ? formula : { ...formula, result }) as ExcelJS.CellValue;
        });
      });
    }
  }

  /** What the engine held for a cell when built: its content in the workbook as read. */
  private original(cell: ExcelJS.Cell): RawCellContent {
    const sheet = this.data.sheets.find((s) => s.name === cell.worksheet.name);
    // The typings call them strings; exceljs gives the 1-based row and column numbers.
    return engineContent(sheet?.rows[Number(cell.row) - 1]?.[Number(cell.col) - 1], (formula) =>
      this.used.cutFormula(formula, cell.worksheet.name),
    );
  }

  destroy(): void {
    this.hf.destroy();
  }
}

/** The saved results of a workbook built from scratch (see FormulaResults). */
export function recomputeResults(workbook: ExcelJS.Workbook): void {
  const results = new FormulaResults(workbook, exceljsToData(workbook));
  try {
    results.update([], () => undefined);
  } finally {
    results.destroy();
  }
}

const keyOf = (cell: ExcelJS.Cell): string => `${cell.worksheet.name}\u0000${cell.row}\u0000${cell.col}`;

function addressOf(hf: HyperFormula, key: string): { sheet: number; row: number; col: number } {
  const [name, row, col] = key.split('\u0000') as [string, string, string];
  return { sheet: hf.getSheetId(name) as number, row: Number(row) - 1, col: Number(col) - 1 };
}

/** What the engine holds for a value an export wrote into a cell. */
function contentOf(value: ExcelJS.CellValue): RawCellContent {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return `'${value}`;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.getTime();
  const object = value as unknown as Record<string, unknown>;
  if (typeof object.formula === 'string') return engineFormula(object.formula);
  if ('text' in object) return `'${String(object.text)}`;
  return null;
}

function resultOf(value: unknown): ExcelJS.CellValue | { error: string } | undefined {
  // #NAME? means a function the engine lacks, not an error in the workbook: let Excel compute it.
  if (value instanceof DetailedCellError) return value.type === 'NAME' ? undefined : { error: value.value };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return undefined;
}

function sameResult(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'object' && typeof b === 'object' && a && b && 'error' in a && 'error' in b)
    return a.error === b.error;
  return false;
}
