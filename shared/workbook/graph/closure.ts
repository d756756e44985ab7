import type { FormulaCell, FormulaGraph, Reference } from './formula-graph';
import { key } from './formula-graph';

/** What a formula cell's result is built from, following only what adds to it (see `Polarity`). */
export interface Closure {
  /** The formula cells reached, the start included, in the order they were reached. */
  formulas: FormulaCell[];
  /** Cells without a formula reached (answers, weights, blanks inside ranges), by key. */
  inputs: Set<number>;
}

/**
 * A shared allowance of cells visited, so that analysing a hostile workbook ends in bounded time; a
 * real LKE needs a few hundred thousand at most.
 */
export class Budget {
  private left: number;
  constructor(readonly limit = 30_000_000) {
    this.left = limit;
  }
  spend(steps: number): void {
    this.left -= steps;
    if (this.left < 0) throw new BudgetExceeded();
  }
}

export class BudgetExceeded extends Error {
  constructor() {
    super('The workbook has more formula structure than an LKE');
  }
}

/** Ranges larger than this are not followed cell by cell (a whole column summed is no LKE structure). */
const FOLLOW_LIMIT = 20_000;

/** The closure of one formula cell: every cell its result depends on, additively. */
export function closureOf(graph: FormulaGraph, start: FormulaCell, budget: Budget): Closure {
  const seen = new Set<number>([key(start.sheet, start.row, start.col)]);
  const formulas: FormulaCell[] = [start];
  const inputs = new Set<number>();
  for (let i = 0; i < formulas.length; i++) {
    const cell = formulas[i] as FormulaCell;
    for (const ref of cell.references) {
      if (ref.polarity !== 'adds') continue;
      forEachCell(ref, budget, (sheet, row, col) => {
        const k = key(sheet, row, col);
        if (seen.has(k)) return;
        seen.add(k);
        const formula = graph.formulaAt(sheet, row, col);
        if (formula) formulas.push(formula);
        else inputs.add(k);
      });
    }
  }
  return { formulas, inputs };
}

/** Calls `visit` for each cell of a reference small enough to be LKE structure. */
export function forEachCell(
  ref: Reference,
  budget: Budget,
  visit: (sheet: number, row: number, col: number) => void,
): void {
  const size = (ref.bottom - ref.top + 1) * (ref.right - ref.left + 1);
  if (size > FOLLOW_LIMIT) return;
  budget.spend(size);
  for (let row = ref.top; row <= ref.bottom; row++)
    for (let col = ref.left; col <= ref.right; col++) visit(ref.sheet, row, col);
}
