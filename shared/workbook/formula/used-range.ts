import { columnIndex, columnLetters } from '../read/cell-address';
import type { WorkbookData } from '../read/sheet-data';
import { columnCount } from '../read/sheet-data';
import { tokenize } from './tokenize';

/** Excel's own sheet: what a whole column (`A:A`) or a whole row (`1:1`) spans. */
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;
/**
 * Ranges covering more cells than this are cut to the used range of their sheet. Smaller ranges are
 * left exactly as written, so that `ROWS(A1:A500)` stays 500; no LKE formula reads a range this large.
 */
const CUT_FROM = 100_000;

/** A range reference as the engine is given it, and the rectangle of cells it covers (0-based). */
export interface CutRange {
  text: string;
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const RANGE =
  /^((?:'(?:[^']|'')+'|[^!']+)!)?(?:(\$?)([A-Za-z]{1,3})(\$?)(\d+):(\$?)([A-Za-z]{1,3})(\$?)(\d+)|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})|(\$?)(\d+):(\$?)(\d+))$/;

/**
 * The used range of every sheet (the last row and column holding something), for evaluating the
 * whole-column, whole-row and whole-sheet ranges agencies write (`A:A`, `1:1`, `A1:XFD1048576`) over
 * the used range, as Excel does: blank cells beyond it change no sum, count or lookup. Given to the
 * engine literally, `SUM(A1:XFD1048576)` is 17 billion cells and exhausts memory.
 */
export class UsedRanges {
  private readonly bounds = new Map<string, { rows: number; cols: number; name: string }>();

  constructor(data: WorkbookData) {
    for (const sheet of data.sheets) {
      this.bounds.set(sheet.name.toLowerCase(), {
        rows: Math.max(1, sheet.rows.length),
        cols: Math.max(1, columnCount(sheet)),
        name: sheet.name,
      });
    }
  }

  /**
   * A range token of a formula on sheet `own` as the engine is to read it: unchanged when small or on
   * an unknown sheet; otherwise cut to the used range (a whole column stays a whole column, which the
   * engine itself evaluates over the used rows, so that `ROWS(A:A)` stays 1,048,576). Null for a token
   * that is not a range.
   */
  cut(token: string, own: string, wholeColumnsKept = true): CutRange | null {
    const match = RANGE.exec(token);
    if (!match) return null;
    const prefix = match[1] ?? '';
    const named = prefix
      ? prefix.startsWith("'")
        ? prefix.slice(1, -2).replace(/''/g, "'")
        : prefix.slice(0, -1)
      : own;
    const used = this.bounds.get(named.toLowerCase());
    let [top, left, bottom, right] = [0, 0, EXCEL_ROWS - 1, EXCEL_COLUMNS - 1];
    let marks: string[];
    if (match[3] !== undefined) {
      [top, bottom] = ordered(Number(match[5]) - 1, Number(match[9]) - 1);
      [left, right] = ordered(columnIndex(match[3]), columnIndex(match[7] as string));
      marks = [match[2], match[4], match[6], match[8]] as string[];
    } else if (match[11] !== undefined) {
      [left, right] = ordered(columnIndex(match[11]), columnIndex(match[13] as string));
      marks = [match[10], '', match[12], ''] as string[];
    } else {
      [top, bottom] = ordered(Number(match[15]) - 1, Number(match[17]) - 1);
      marks = ['', match[14], '', match[16]] as string[];
    }
    const sheet = used?.name ?? named;
    const area = (bottom - top + 1) * (right - left + 1);
    if (!used || area <= CUT_FROM) return { text: token, sheet, top, left, bottom, right };
    right = Math.min(right, Math.max(left, used.cols - 1));
    bottom = Math.min(bottom, Math.max(top, used.rows - 1));
    const [colFrom, rowFrom, colTo, rowTo] = marks as [string, string, string, string];
    const wholeColumns = wholeColumnsKept && top === 0 && match[3] === undefined && match[15] === undefined;
    const wholeRows = wholeColumnsKept && left === 0 && match[15] !== undefined;
    const text = wholeColumns
      ? `${prefix}${colFrom}${columnLetters(left)}:${colTo}${columnLetters(right)}`
      : wholeRows
        ? `${prefix}${rowFrom}${top + 1}:${rowTo}${bottom + 1}`
        : `${prefix}${colFrom}${columnLetters(left)}${rowFrom}${top + 1}:${colTo}${columnLetters(right)}${rowTo}${bottom + 1}`;
    // A whole column is evaluated over the used rows: that is what it costs.
    return { text, sheet, top, left, bottom: wholeColumns ? used.rows - 1 : bottom, right };
  }

  /**
   * A formula (without "=") of sheet `own` with its large ranges cut; unreadable formulas unchanged.
   * With `wholeColumnsKept` false, whole columns and rows become ranges of cells too (for readers that
   * list the cells a formula reads).
   */
  cutFormula(formula: string, own: string, wholeColumnsKept = true): string {
    if (!formula.includes(':')) return formula;
    let tokens;
    try {
      tokens = tokenize(formula);
    } catch {
      return formula;
    }
    return tokens
      .map((t) => (t.kind === 'ref' ? (this.cut(t.text, own, wholeColumnsKept)?.text ?? t.text) : t.text))
      .join('');
  }
}

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}
