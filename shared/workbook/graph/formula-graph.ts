import type { CellData, WorkbookData } from '../read/sheet-data';
import type { Polarity } from './formula-shape';
import { UsedRanges } from '../formula/used-range';
import { ShapeReader, placeCell, placeRefs } from './formula-shape';

export type { Polarity } from './formula-shape';

/** A rectangle of cells a formula reads, on a sheet given by its index in the workbook. */
export interface Reference {
  sheet: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
  polarity: Polarity;
}

/** A formula cell of the workbook and what it reads. */
export interface FormulaCell {
  sheet: number;
  row: number;
  col: number;
  text: string;
  /** False when the formula cannot be read (too deep, foreign syntax): it is then a leaf. */
  readable: boolean;
  references: Reference[];
  /** Cells the formula compares with a text (`K8="Ya"` → K8 and "Ya"). */
  compares: { sheet: number; row: number; col: number; text: string }[];
  /** The formula is one reference to another cell (`=L198`): the cell it shows. */
  mirrors?: { sheet: number; row: number; col: number };
  /** A total the workbench adds because the workbook has none (its components summed on their own). */
  added?: boolean;
  /** The shape the formula shares with its copies (one object per shape). */
  shape?: object;
}

/** A range too large to mark cell by cell (a whole column): checked when a cell's readers are asked. */
interface LargeRange {
  sheet: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Cells of one range marked as read one by one; larger ranges are kept as rectangles. */
const MARK_LIMIT = 20_000;

/**
 * Every formula of every sheet, what each reads (sheets and defined names resolved) and which cells are
 * read by some formula: the structure the workbook states about itself. Built in time linear in the
 * workbook's cells and references.
 */
export class FormulaGraph {
  readonly sheetNames: string[];
  private readonly cells = new Map<number, FormulaCell>();
  private readonly read = new Set<number>();
  private readonly large: LargeRange[] = [];
  /** Formulas that could not be read, with the reason (for a finding). */
  readonly unreadable: { sheet: number; row: number; col: number; reason: string }[] = [];

  constructor(readonly data: WorkbookData) {
    this.sheetNames = data.sheets.map((s) => s.name);
    const bySheet = sheetIndexer(this.sheetNames);
    // Whole-column and whole-sheet ranges read the used range, as in the engine (used-range.ts).
    const used = new UsedRanges(data);
    const shapes = new ShapeReader(
      new Map(data.names.map((n) => [n.name.toLowerCase(), used.cutFormula(n.formula, '', false)])),
    );
    data.sheets.forEach((sheet, s) => {
      sheet.rows.forEach((cells, row) => {
        cells?.forEach((cell, col) => {
          if (cell?.formula)
            this.add(
              s,
              row,
              col,
              cell.formula,
              bySheet,
              shapes,
              used.cutFormula(cell.formula, sheet.name, false),
            );
        });
      });
    });
  }

  /** The formula cell at a place, if the cell holds a formula. */
  formulaAt(sheet: number, row: number, col: number): FormulaCell | undefined {
    return this.cells.get(key(sheet, row, col));
  }

  /**
   * Whether some formula of the workbook adds this cell up (a cell only subtracted, as in a delta between
   * two years, or only divided by, is still a result of its own).
   */
  isRead(sheet: number, row: number, col: number): boolean {
    if (this.read.has(key(sheet, row, col))) return true;
    return this.large.some(
      (r) => r.sheet === sheet && row >= r.top && row <= r.bottom && col >= r.left && col <= r.right,
    );
  }

  /** Every formula cell, sheet by sheet, row by row. */
  formulas(): FormulaCell[] {
    return [...this.cells.values()];
  }

  /**
   * A key equal for two question rows whose value formulas are copies of one another reading the same
   * values on their rows (the answer aside) and nothing on other rows: they score every answer alike.
   * Null when the row's value cell reads other rows (a gate) or holds no readable formula.
   */
  sameScoringKey(sheet: number, row: number, valueCol: number, answerCol: number): string | null {
    const cell = this.formulaAt(sheet, row, valueCol);
    if (!cell?.shape) return null;
    const values: unknown[] = [];
    for (const ref of cell.references) {
      if (ref.sheet !== sheet || ref.top !== row || ref.bottom !== row) return null;
      for (let col = ref.left; col <= ref.right; col++) {
        if (col === answerCol) continue;
        const data = this.cellData(sheet, row, col);
        if (data?.formula) return null;
        values.push(data?.value ?? null);
      }
    }
    let id = shapeIds.get(cell.shape);
    if (id === undefined) shapeIds.set(cell.shape, (id = ++nextShape));
    return `${id}|${JSON.stringify(values)}`;
  }

  /** The cell's content as the workbook holds it (undefined when blank). */
  cellData(sheet: number, row: number, col: number): CellData | undefined {
    return this.data.sheets[sheet]?.rows[row]?.[col];
  }

  private add(
    sheet: number,
    row: number,
    col: number,
    text: string,
    bySheet: (name: string) => number | undefined,
    shapes: ShapeReader,
    /** The formula as read: with whole-column and whole-sheet ranges cut to the used range. */
    cut: string,
  ): void {
    const shape = shapes.read(cut, row, col);
    const cell: FormulaCell = {
      sheet,
      row,
      col,
      text,
      readable: !(shape instanceof Error),
      references: [],
      compares: [],
      ...(shape instanceof Error ? {} : { shape }),
    };
    if (shape instanceof Error) {
      this.unreadable.push({ sheet, row, col, reason: shape.message });
    } else {
      const sheetOf = (name: string | undefined): number | undefined =>
        name === undefined ? sheet : bySheet(name);
      for (const ref of placeRefs(shape, row, col)) {
        const on = sheetOf(ref.sheet);
        if (on === undefined) continue;
        cell.references.push({
          sheet: on,
          top: ref.top,
          left: ref.left,
          bottom: ref.bottom,
          right: ref.right,
          polarity: ref.polarity,
        });
      }
      for (const compare of shape.compares) {
        const placed = placeCell(compare.cell, row, col);
        const on = sheetOf(placed.sheet);
        if (on !== undefined)
          cell.compares.push({ sheet: on, row: placed.row, col: placed.col, text: compare.text });
      }
      if (shape.mirrors) {
        const placed = placeCell(shape.mirrors, row, col);
        const on = sheetOf(placed.sheet);
        if (on !== undefined) cell.mirrors = { sheet: on, row: placed.row, col: placed.col };
      }
    }
    this.cells.set(key(sheet, row, col), cell);
    for (const ref of cell.references) if (ref.polarity === 'adds') this.mark(ref);
  }

  private mark(ref: Reference): void {
    const size = (ref.bottom - ref.top + 1) * (ref.right - ref.left + 1);
    if (size > MARK_LIMIT) {
      this.large.push(ref);
      return;
    }
    for (let r = ref.top; r <= ref.bottom; r++)
      for (let c = ref.left; c <= ref.right; c++) this.read.add(key(ref.sheet, r, c));
  }
}

const shapeIds = new WeakMap<object, number>();
let nextShape = 0;

/** One number per cell: 2^20 rows and 2^14 columns per sheet, as in Excel. */
export function key(sheet: number, row: number, col: number): number {
  return sheet * 17_179_869_184 + row * 16_384 + col;
}

/** A sheet's index by a name as a formula writes it (case and spaces aside), each name worked out once. */
function sheetIndexer(names: string[]): (name: string) => number | undefined {
  const byName = new Map(names.map((name, i) => [name.trim().toLowerCase(), i]));
  const asWritten = new Map<string, number | undefined>();
  return (name) => {
    if (asWritten.has(name)) return asWritten.get(name);
    const index = byName.get(name.trim().toLowerCase());
    asWritten.set(name, index);
    return index;
  };
}
