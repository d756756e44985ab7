import type { RawCellContent } from 'hyperformula';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import type { AnswerValue } from '../../shared/template/answer-type';
import type { CellResult } from '../../shared/workbook/read/cell-result';
import type { AnswerBlock, WorkbookLayout } from '../../shared/workbook/read/layout';
import type { CellData, WorkbookData } from '../../shared/workbook/read/sheet-data';
import { neededSheets } from '../../shared/workbook/graph/needed-sheets';
import { engineFormula } from './engine-formula';
import { readDateTime } from './engine-dates';
import { UsedRanges } from '../../shared/workbook/formula/used-range';
import { withTokensShared } from '../../shared/workbook/formula/tokenize';

/** Which block of answer columns an answer goes to. */
export type AnswerParty = 'unit' | 'reviewer' | 'prior';

/** A cell anywhere in the workbook: the LKE sheet unless a sheet is named. */
export interface WorkbookCell {
  sheet?: string | undefined;
  row: number;
  col: number;
}

/**
 * The workbook's own formulas, live: built with HyperFormula from every sheet of the workbook, so that
 * gates, chained rows, hidden helper sheets and even defective formulas give what Excel gives. Changing
 * an answer recomputes only the cells that depend on it.
 */
export class WorkbookEngine {
  private readonly sheet: number;

  private constructor(
    private readonly hf: HyperFormula,
    readonly layout: WorkbookLayout,
    private readonly formulas: Set<string>,
  ) {
    const id = hf.getSheetId(layout.sheet);
    if (id === undefined) throw new Error(`Sheet ${layout.sheet} is not in the engine`);
    this.sheet = id;
  }

  /**
   * The same live workbook through another layout of the same sheet (the one a document stores), so an
   * import's engine can go on serving the document instead of being built again. The engine passes to
   * the new object: destroy that one, not this.
   */
  withLayout(layout: WorkbookLayout): WorkbookEngine {
    return new WorkbookEngine(this.hf, layout, this.formulas);
  }

  /** Builds the engine from a read workbook and the layout of its LKE sheet (and the sheets it reads). */
  static build(data: WorkbookData, layout: WorkbookLayout): WorkbookEngine {
    // The sheets it needs, their ranges and the engine's dialect read each formula: tokenized once.
    return withTokensShared(() => WorkbookEngine.buildShared(data, layout));
  }

  private static buildShared(data: WorkbookData, layout: WorkbookLayout): WorkbookEngine {
    const sheets: Record<string, RawCellContent[][]> = {};
    const formulas = new Set<string>();
    const needed = neededSheets(data, [
      layout.sheet,
      ...(layout.total?.sheet ? [layout.total.sheet] : []),
      ...(layout.answerSets ?? []).map((set) => set.sheet),
    ]);
    // Whole-column and whole-sheet ranges are read over the used range (checkFormulaRanges bounds it).
    const used = new UsedRanges(data);
    for (const sheet of data.sheets.filter((s) => needed.has(s.name))) {
      const cut = (formula: string): string => used.cutFormula(formula, sheet.name);
      sheets[sheet.name] = Array.from(sheet.rows, (row, r) =>
        Array.from(row ?? [], (cell, c) => {
          const content = engineContent(cell, cut);
          if (sheet.name === layout.sheet && typeof content === 'string' && content.startsWith('='))
            formulas.add(`${r}:${c}`);
          return content;
        }),
      );
    }
    const lke = sheets[layout.sheet];
    for (const added of [layout.total, layout.priorTotal]) {
      if (!added?.formula || !lke) continue;
      while (lke.length <= added.row) lke.push([]);
      (lke[added.row] as RawCellContent[])[added.col] = `=${added.formula}`;
    }
    // Names pointing into sheets left out would not resolve; the LKE never uses those.
    const names = data.names
      .filter((n) => [...n.formula.matchAll(/'?([^'!]+)'?!/g)].every((m) => needed.has(m[1] as string)))
      .map((n) => ({ name: n.name, expression: `=${used.cutFormula(n.formula, '')}` }));
    let hf: HyperFormula;
    try {
      hf = HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG, names);
    } catch {
      // A defined name HyperFormula cannot read must not stop the workbook from opening.
      hf = HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG);
    }
    return new WorkbookEngine(hf, layout, formulas);
  }

  /** The computed result of a cell of the LKE sheet. */
  read(row: number, col: number): CellResult {
    return toResult(this.hf.getCellValue({ sheet: this.sheet, row, col }));
  }

  /** The computed result of a cell of any sheet the engine holds (null for a sheet it left out). */
  readCell(cell: WorkbookCell): CellResult {
    const sheet = cell.sheet === undefined ? this.sheet : this.hf.getSheetId(cell.sheet);
    return sheet === undefined
      ? null
      : toResult(this.hf.getCellValue({ sheet, row: cell.row, col: cell.col }));
  }

  /** The formula of a cell of the LKE sheet, without "=", as the engine holds it now. */
  formulaAt(row: number, col: number): string | undefined {
    return this.hf.getCellFormula({ sheet: this.sheet, row, col })?.slice(1);
  }

  /** Writes a value into a cell of the LKE sheet; text stays text even when it starts with "=". */
  write(row: number, col: number, value: CellResult): void {
    this.hf.setCellContents({ sheet: this.sheet, row, col }, [[rawOf(value)]]);
  }

  /** Puts a formula (without "=") into a cell of the LKE sheet. */
  writeFormula(row: number, col: number, formula: string): void {
    this.hf.setCellContents({ sheet: this.sheet, row, col }, [[`=${formula}`]]);
  }

  /**
   * Many writes with one recalculation at the end. Evaluation suspended rather than HyperFormula's
   * batch: that one also gathers the writes into one undo entry, and each write inside it walks all
   * the writes before it (its undo bookkeeping), which the engine, keeping no undo, does not need.
   */
  batch(writes: () => void): void {
    this.hf.suspendEvaluation();
    try {
      writes();
    } finally {
      this.hf.resumeEvaluation();
    }
  }

  /**
   * Sets (or clears with null) the answer of a question or `Jumlah` input in its answer cell. An answer
   * cell holding a formula (`=IF(TRUE,"Ya","Tidak")`) takes the answer in its place, as typing over it in
   * Excel does; the file itself is changed only by an export.
   */
  setAnswer(answerableId: string, value: AnswerValue | null, party: AnswerParty = 'unit'): void {
    const row = this.layout.rows[answerableId];
    const block = this.block(party);
    if (row === undefined || !block) throw new Error(`No ${party} answer cell for ${answerableId}`);
    this.write(row, block.answer, value);
  }

  setAnswers(entries: Iterable<readonly [string, AnswerValue | null]>, party: AnswerParty = 'unit'): void {
    this.batch(() => {
      for (const [id, value] of entries) this.setAnswer(id, value, party);
    });
  }

  /** The workbook's grand total as Excel would show it (a number, or an error such as #DIV/0!). */
  total(): CellResult {
    const at = this.layout.total;
    return at ? this.readCell(at) : null;
  }

  /**
   * The total of the answer sheet the engine reads (its tree's root): the sheet's own total when a
   * summary sheet computes the headline from several answer sheets, else the workbook's total.
   */
  sheetTotal(): CellResult {
    const at = this.layout.sheetTotal;
    return at ? this.readCell(at) : this.total();
  }

  /** Last year's grand total, when the workbook holds two years. */
  priorTotal(): CellResult {
    const at = this.layout.priorTotal;
    return at ? this.readCell(at) : null;
  }

  /** A node's value cell (group, question or the row of a computed `%`) in a block's value column. */
  nodeValue(id: string, party: AnswerParty = 'unit'): CellResult {
    const row = this.layout.rows[id];
    const col = this.block(party)?.value;
    const offset = this.layout.valueColumnOffsets?.[id] ?? 0;
    return row === undefined || col === undefined ? null : this.read(row, col + offset);
  }

  private block(party: AnswerParty): AnswerBlock | undefined {
    return party === 'unit' ? this.layout.columns.unit : this.layout.columns[party];
  }

  /** Frees the engine's memory. */
  destroy(): void {
    this.hf.destroy();
  }
}

// No smart rounding: Excel keeps full double precision, and so must the totals we compare with it. No
// undo history: the workbench keeps its own, and HyperFormula's would grow with every probe.
// Excel's own sheet size: a note typed at A40001 must not stop the workbook from opening.
const ENGINE_CONFIG = {
  licenseKey: 'gpl-v3',
  smartRounding: false,
  undoLimit: 0,
  maxRows: 1_048_576,
  maxColumns: 16_384,
  parseDateTime: readDateTime,
} as const;

/** What the engine is given for a cell read from a workbook: its formula, error or value. */
export function engineContent(
  cell: CellData | undefined,
  cut: (formula: string) => string = (formula) => formula,
): RawCellContent {
  if (!cell) return null;
  if (cell.formula) {
    const formula = engineFormula(cut(cell.formula));
    // An array formula (entered with Ctrl+Shift+Enter) computes over whole ranges, as Excel does.
    if (formula && cell.array) return `=ARRAYFORMULA(${formula.slice(1)})`;
    if (formula) return formula;
  }
  if (cell.value === null && cell.error) return cell.error;
  return rawOf(cell.value);
}

/** Text goes in with an apostrophe so that "1/2", "50%" or "=…" stays text, as it is in the workbook. */
function rawOf(value: CellResult): RawCellContent {
  if (typeof value === 'string') return `'${value}`;
  if (typeof value === 'object' && value !== null) return value.error;
  return value;
}

function toResult(value: unknown): CellResult {
  if (value instanceof DetailedCellError) return { error: value.value };
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}
