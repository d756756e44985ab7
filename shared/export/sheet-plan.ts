/**
 * A worksheet described as plain data, independent of the library that writes it: the export planners
 * (pure, testable by hand) produce it and the service renders it with exceljs. Rows and columns are
 * 0-based, as in the importer's layout.
 */

export type PlannedValue = string | number | null;

/** How a row looks: the level of the LKE it shows, a header, a total. */
export type RowTone =
  | 'title'
  | 'header'
  | 'component'
  | 'subComponent'
  | 'area'
  | 'subArea'
  | 'question'
  | 'input'
  | 'total'
  | 'plain';

/** How a cell shows its number. */
export type CellFormat = 'decimal' | 'percent' | 'integer' | 'text';

export interface PlannedCell {
  /** A constant; ignored when `formula` is given. */
  value?: PlannedValue;
  /** A formula without the leading "=", in Excel's English notation. */
  formula?: string;
  /** A hyperlink target; the cell shows `value`. */
  link?: string;
  format?: CellFormat;
  /** A cell the user fills in (answers, notes): left unlocked and marked as input. */
  editable?: boolean;
  bold?: boolean;
}

export interface PlannedRow {
  row: number;
  tone: RowTone;
  cells: Map<number, PlannedCell>;
}

/** The dropdown or number check of an answer cell. */
export type ValidationRule =
  | { kind: 'list'; options: string[] }
  | { kind: 'whole'; min: number }
  | { kind: 'decimal'; min: number; max: number };

export interface PlannedValidation {
  row: number;
  col: number;
  rule: ValidationRule;
}

export interface PlannedColumn {
  col: number;
  width: number;
  hidden?: boolean;
  /** Text columns wrap their content. */
  wrap?: boolean;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetPlan {
  name: string;
  hidden?: boolean;
  columns: PlannedColumn[];
  rows: PlannedRow[];
  merges: CellRange[];
  validations: PlannedValidation[];
  /** Rows (and columns) kept in view while scrolling: the header. */
  freeze?: { rows: number; columns: number };
  /** Rows repeated on every printed page (0-based, inclusive). */
  printTitleRows?: { first: number; last: number };
  /** The columns printed (0-based, inclusive); every used column when absent. */
  printColumns?: { first: number; last: number };
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
}

/** A row under construction: cells are set by column, later writes win. */
export function plannedRow(row: number, tone: RowTone): PlannedRow {
  return { row, tone, cells: new Map() };
}

/** Sets a cell of a row; a value of undefined leaves the cell out. */
export function setCell(row: PlannedRow, col: number | undefined, cell: PlannedCell): void {
  if (col === undefined) return;
  row.cells.set(col, { ...row.cells.get(col), ...cell });
}

/**
 * A sheet that lists things one per row under a header row (Tindak Lanjut, Bukti Dukung): the header
 * frozen and printed on every page; the rows are the caller's to add.
 */
export function listSheet(name: string, columns: PlannedColumn[], headers: readonly string[]): SheetPlan {
  const header = plannedRow(0, 'header');
  headers.forEach((value, col) => setCell(header, col, { value }));
  return {
    name,
    columns,
    rows: [header],
    merges: [],
    validations: [],
    freeze: { rows: 1, columns: 0 },
    printTitleRows: { first: 0, last: 0 },
  };
}
