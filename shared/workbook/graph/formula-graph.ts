import type { Formula } from '../formula/ast';
import { parseFormula } from '../formula/parse';
import { childrenOf } from '../formula/references';
import type { CellData, WorkbookData } from '../sheet-data';

/**
 * How a referenced cell takes part in a formula's result: `adds` when a larger value there gives a larger
 * result (summed, averaged, multiplied, compared in a condition, looked up); `subtracts` on the right of
 * a minus (a delta between two years); `divides` under a division (a weight turned into a %).
 */
export type Polarity = 'adds' | 'subtracts' | 'divides';

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
  /** Null when the formula cannot be read (too deep, foreign syntax): it is then a leaf. */
  formula: Formula | null;
  references: Reference[];
  /** A total the workbench adds because the workbook has none (its components summed on their own). */
  added?: boolean;
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
    const bySheet = new Map(this.sheetNames.map((name, i) => [name.trim().toLowerCase(), i]));
    const names = new Map(data.names.map((n) => [n.name.toLowerCase(), n.formula]));
    data.sheets.forEach((sheet, s) => {
      sheet.rows.forEach((cells, row) => {
        cells?.forEach((cell, col) => {
          if (cell?.formula) this.add(s, row, col, cell.formula, bySheet, names);
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

  /** The cell's content as the workbook holds it (undefined when blank). */
  cellData(sheet: number, row: number, col: number): CellData | undefined {
    return this.data.sheets[sheet]?.rows[row]?.[col];
  }

  private add(
    sheet: number,
    row: number,
    col: number,
    text: string,
    bySheet: Map<string, number>,
    names: Map<string, string>,
  ): void {
    let formula: Formula | null = null;
    try {
      formula = parseFormula(text);
    } catch (error) {
      this.unreadable.push({ sheet, row, col, reason: String((error as Error).message ?? error) });
    }
    const references = formula ? referencesOf(formula, sheet, bySheet, names) : [];
    this.cells.set(key(sheet, row, col), { sheet, row, col, text, formula, references });
    for (const ref of references) if (ref.polarity === 'adds') this.mark(ref);
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

/** One number per cell: 2^20 rows and 2^14 columns per sheet, as in Excel. */
export function key(sheet: number, row: number, col: number): number {
  return sheet * 17_179_869_184 + row * 16_384 + col;
}

/**
 * The rectangles a formula reads with the polarity of each, walking the syntax tree iteratively.
 * Defined names are read through their target (`OpiniBPK` → `Referensi!$A$1:$B$4`).
 */
function referencesOf(
  formula: Formula,
  ownSheet: number,
  bySheet: Map<string, number>,
  names: Map<string, string>,
): Reference[] {
  const refs: Reference[] = [];
  const stack: { node: Formula; polarity: Polarity }[] = [{ node: formula, polarity: 'adds' }];
  // Names may refer to names; a few levels are all a workbook needs, and a cycle must end.
  let namesRead = 0;
  const sheetOf = (name: string | undefined): number | undefined =>
    name === undefined ? ownSheet : bySheet.get(name.trim().toLowerCase());
  while (stack.length) {
    const { node, polarity } = stack.pop() as { node: Formula; polarity: Polarity };
    switch (node.kind) {
      case 'cell': {
        const sheet = sheetOf(node.ref.sheet);
        if (sheet !== undefined)
          refs.push({
            sheet,
            top: node.ref.row,
            bottom: node.ref.row,
            left: node.ref.col,
            right: node.ref.col,
            polarity,
          });
        break;
      }
      case 'range': {
        const sheet = sheetOf(node.from.sheet);
        if (sheet === undefined) break;
        refs.push({
          sheet,
          top: Math.min(node.from.row, node.to.row),
          bottom: Math.max(node.from.row, node.to.row),
          left: Math.min(node.from.col, node.to.col),
          right: Math.max(node.from.col, node.to.col),
          polarity,
        });
        break;
      }
      case 'name': {
        const target = names.get(node.name.toLowerCase());
        if (!target || ++namesRead > 32) break;
        try {
          // A name's own sheet-less references would be ambiguous; LKE names always name their sheet.
          const inner = parseFormula(target);
          stack.push({ node: inner, polarity });
        } catch {
          // A name we cannot read adds nothing to the structure.
        }
        break;
      }
      case 'binary': {
        stack.push({ node: node.left, polarity });
        const right: Polarity =
          node.op === '-' ? flip(polarity) : node.op === '/' || node.op === '^' ? 'divides' : polarity;
        stack.push({ node: node.right, polarity: right });
        break;
      }
      case 'unary':
        stack.push({ node: node.arg, polarity: node.op === '-' ? flip(polarity) : polarity });
        break;
      default:
        for (const child of childrenOf(node)) stack.push({ node: child, polarity });
    }
  }
  return refs;
}

function flip(polarity: Polarity): Polarity {
  if (polarity === 'adds') return 'subtracts';
  if (polarity === 'subtracts') return 'adds';
  return polarity;
}
