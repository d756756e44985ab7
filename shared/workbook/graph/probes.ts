import type { CellResult } from '../read/cell-result';

/**
 * What the workbook's own formulas give for one question row when its answer is set to each option
 * (and for a number row to 0 and 1): read from the formula engine by the service, then used to derive
 * the answer types' value tables exactly as the workbook scores them.
 */
export interface RowProbe {
  row: number;
  /** Value cell for each option key, with the row's gate (if any) in its passing state. */
  choices?: Record<string, CellResult>;
  /** Value cell at answer 0 and 1: a number row scores on a straight line. */
  scale?: { at0: CellResult; at1: CellResult };
  /**
   * For a row whose formula reads another question (a gate): its value cell for each answer of the
   * other question (outer key) and each of its own options (inner key).
   */
  gate?: { sourceRow: number; values: Record<string, Record<string, CellResult>> };
}
