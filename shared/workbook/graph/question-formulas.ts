import type { Budget } from './closure';
import { forEachCell } from './closure';
import type { FormulaCell, FormulaGraph } from './formula-graph';

/** How a formula cell reads its own row: the mark of a question's value cell. */
export interface RowReading {
  /** Columns of cells without a formula on its own row that it adds up or tests. */
  ownInputs: Set<number>;
  /** Columns of formula cells on its own row it reads (a `%` answer computed from `Jumlah` inputs). */
  ownFormulas: Set<number>;
  /** Formula cells on other rows of its sheet it adds up: a group's children. */
  otherFormulas: FormulaCell[];
  /** Cells without a formula on other rows of its sheet it reads (gates, `Jumlah` inputs, weights). */
  otherInputs: { row: number; col: number }[];
  /** Text each own-row column is compared with (`K8="Ya"` → K: Ya). */
  literals: Map<number, string[]>;
  /** An own-row formula it reads is computed from other rows (a `%` from its `Jumlah` inputs). */
  derivedAnswer: boolean;
}

/** What a formula reads on its own row and elsewhere on its sheet. */
export function rowReading(graph: FormulaGraph, cell: FormulaCell, budget: Budget): RowReading {
  const reading: RowReading = {
    ownInputs: new Set(),
    ownFormulas: new Set(),
    otherFormulas: [],
    otherInputs: [],
    literals: new Map(),
    derivedAnswer: false,
  };
  const others = new Set<FormulaCell>();
  for (const ref of cell.references) {
    if (ref.polarity !== 'adds' || ref.sheet !== cell.sheet) continue;
    forEachCell(ref, budget, (sheet, row, col) => {
      const formula = graph.formulaAt(sheet, row, col);
      if (row === cell.row) {
        if (col === cell.col) return;
        if (formula) {
          reading.ownFormulas.add(col);
          if (readsOtherRows(formula)) reading.derivedAnswer = true;
        } else reading.ownInputs.add(col);
        return;
      }
      if (formula) others.add(formula);
      else reading.otherInputs.push({ row, col });
    });
  }
  reading.otherFormulas = [...others];
  for (const compare of cell.compares) {
    if (compare.sheet !== cell.sheet || compare.row !== cell.row) continue;
    const list = reading.literals.get(compare.col) ?? [];
    list.push(compare.text);
    reading.literals.set(compare.col, list);
  }
  return reading;
}

function readsOtherRows(cell: FormulaCell): boolean {
  return cell.references.some((r) => r.sheet === cell.sheet && (r.top !== cell.row || r.bottom !== cell.row));
}

/**
 * A question's value cell: it reads an answer on its own row and no other row's formula (a group reads
 * its children's formulas; a question reads its answer).
 */
export function isQuestionReading(reading: RowReading): boolean {
  const ownAnswer = reading.ownInputs.size > 0 || reading.derivedAnswer;
  return ownAnswer && (reading.otherFormulas.length === 0 || reading.literals.size > 0);
}

/**
 * A group's value cell: it adds up the formulas of other rows. A row that also tests its own answer
 * against options (`IF(J89="Ya",1*K88,…)`) is a question chained to another, not a group.
 */
export function isGroupReading(reading: RowReading): boolean {
  return reading.otherFormulas.length > 0 && reading.literals.size === 0;
}
