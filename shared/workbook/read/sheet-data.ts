/**
 * A workbook as the importer reads it: plain data, independent of the library that parsed the file, so
 * that recognising an LKE and deriving its template are pure functions that tests can feed by hand.
 * Rows and columns are 0-based.
 */

export type CellValue = string | number | boolean | null;

export interface CellData {
  /** What Excel shows: text, number or boolean; for a formula cell its cached result; null when blank. */
  value: CellValue;
  /** The formula without its leading "=", shared formulas already expanded to this cell. */
  formula?: string;
  /** A cached error such as "#DIV/0!", for formula cells whose last result was an error. */
  error?: string;
  /** The target of a hyperlink on the cell. */
  link?: string;
  /** The formula is an array formula (entered with Ctrl+Shift+Enter): it computes over whole ranges. */
  array?: boolean;
}

/** A rectangle of merged cells; only its top-left cell holds a value. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetData {
  name: string;
  hidden: boolean;
  protected: boolean;
  /** Sparse rows of cells; a missing row or cell is blank. */
  rows: (CellData | undefined)[][];
  merges: MergedRange[];
  /** Dropdown lists of answer cells, by cell name ("K8" → ["Ya", "Tidak"]). */
  lists: Record<string, string[]>;
}

export interface WorkbookData {
  sheets: SheetData[];
  /** Defined names ("OpiniBPK" → "Referensi!$A$1:$B$4"), which formulas may use. */
  names: { name: string; formula: string }[];
}

export function cellAt(sheet: SheetData, row: number, col: number): CellData | undefined {
  return sheet.rows[row]?.[col];
}

/** The cell's shown value as trimmed text ("" when blank); numbers in JavaScript notation. */
export function textAt(sheet: SheetData, row: number, col: number): string {
  const value = cellAt(sheet, row, col)?.value;
  return value === null || value === undefined ? '' : String(value).trim();
}

/** Number of columns used by any row of the sheet. */
export function columnCount(sheet: SheetData): number {
  return sheet.rows.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
}
