import { parseNumber } from '../../format/number';
import type { ColumnMap } from './layout';
import { isCode, splitEmbeddedCode } from './numbering';
import type { SheetData } from './sheet-data';
import { cellAt, textAt } from './sheet-data';

/** One row of the LKE with a code or a title in the hierarchy columns. */
export interface LkeRow {
  /** 0-based row in the sheet. */
  row: number;
  /**
   * Nesting column: where the row's code stands (or would stand). A row nests under the nearest row
   * above it with a smaller level.
   */
  level: number;
  code: string | null;
  title: string;
  weight: number | null;
  /** The "Pilihan Jawaban" label, whitespace folded ("Nilai\n(0-4)" → "Nilai (0-4)"). */
  typeLabel: string | null;
  /** The answer cell holds a formula: a `%` row computed from its `Jumlah` inputs. */
  computed: boolean;
  /** The answer cell holds a value (or the value cell a formula): the row takes part in scoring. */
  hasAnswerCell: boolean;
  hasValueFormula: boolean;
  /** A "TOTAL …" / "NILAI EVALUASI …" row: sums shown by the workbook, not a node of the tree. */
  isTotal: boolean;
  /**
   * The row of the formula holding this node's value when it is not the row's own (a numbered "A."
   * heading whose value the "TOTAL PENGUNGKIT" row computes).
   */
  valueRow?: number;
}

export const TOTAL_TITLE =
  /^(total|jumlah nilai|jumlah total|jumlah$|jumlah (pengungkit|hasil|komponen)|nilai (total|evaluasi|akhir|indeks)|indeks|grand total)\b/i;

/** Reads every row below the header that has a code or a title in the hierarchy columns. */
export function readRows(sheet: SheetData, columns: ColumnMap, firstRow: number): LkeRow[] {
  const codeColumns = separateCodeColumns(sheet, columns, firstRow);
  const rows: LkeRow[] = [];
  for (let row = firstRow; row < sheet.rows.length; row++) {
    const read = readRow(sheet, columns, row, codeColumns);
    if (read) rows.push(read);
  }
  return rows;
}

function readRow(sheet: SheetData, columns: ColumnMap, row: number, codeColumns: Set<number>): LkeRow | null {
  const { first, last } = columns.hierarchy;
  let at = first;
  while (at <= last && !textAt(sheet, row, at)) at++;
  if (at > last) return null;
  const firstText = textAt(sheet, row, at);
  let code: string | null = null;
  let title = '';
  let level = at;
  if (isCode(firstText)) {
    code = firstText;
    for (let col = at + 1; col <= last && !title; col++) title = textAt(sheet, row, col);
  } else {
    const embedded = splitEmbeddedCode(firstText);
    if (embedded) ({ code, title } = embedded);
    else {
      title = firstText;
      // A title without its code stands where titles of that level stand: one column right of the codes.
      if (codeColumns.has(at - 1)) level = at - 1;
    }
  }
  const typeLabel = columns.type === undefined ? '' : textAt(sheet, row, columns.type).replace(/\s+/g, ' ');
  const answer = cellAt(sheet, row, columns.unit.answer);
  const valueCell = columns.unit.value === undefined ? undefined : cellAt(sheet, row, columns.unit.value);
  const weight = readWeight(sheet, row, columns.weight);
  return {
    row,
    level,
    code,
    title: title.replace(/\s+/g, ' ').trim(),
    weight,
    typeLabel: typeLabel || null,
    computed: !!answer?.formula,
    hasAnswerCell: !!answer && (answer.value !== null || !!answer.formula),
    hasValueFormula: !!valueCell?.formula,
    isTotal: code === null && weight === null && !typeLabel && TOTAL_TITLE.test(title),
  };
}

function readWeight(sheet: SheetData, row: number, col: number | undefined): number | null {
  if (col === undefined) return null;
  const value = cellAt(sheet, row, col)?.value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return parseNumber(value);
  return null;
}

/** Hierarchy columns where codes stand in a cell of their own, with the title in the next column. */
function separateCodeColumns(sheet: SheetData, columns: ColumnMap, firstRow: number): Set<number> {
  const found = new Set<number>();
  for (let row = firstRow; row < sheet.rows.length; row++) {
    for (let col = columns.hierarchy.first; col < columns.hierarchy.last; col++) {
      const text = textAt(sheet, row, col);
      if (!text) continue;
      if (isCode(text) && text !== '-') found.add(col);
      break;
    }
  }
  return found;
}
