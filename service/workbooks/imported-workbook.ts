import type { AnswerRecord } from '../../shared/records/answer-record';
import type { Template } from '../../shared/template/template-schema';
import type { Finding } from '../../shared/workbook/findings/finding';
import type { WorkbookLayout } from '../../shared/workbook/read/layout';
import type { WorkbookEngine } from './workbook-engine';

/** Another sheet of the workbook holding the same questions (a unit's sheet beside the centre's). */
export interface AnswerSet {
  sheet: string;
  records: Record<string, AnswerRecord>;
  /** Its own total as the workbook computes it (null when it shows an error or has none). */
  workbookTotal: number | null;
  /** The error its total shows (#DIV/0! for a sub-area without answers). */
  workbookError?: string;
  standardTotal: number;
  answered: number;
}

/** A further reviewer's answers (a ministry's TPI beside the unit's TPI). */
export interface ReviewerSet {
  label: string;
  records: Record<string, AnswerRecord>;
  workbookTotal: number | null;
  standardTotal: number;
  answered: number;
}

/** Last year's block of a workbook that holds two years side by side. */
export interface PriorYear {
  /** Header of last year's answer column ("2022 Jawaban"), and its year when the header names one. */
  label: string;
  year?: number;
  records: Record<string, AnswerRecord>;
  /** Last year's total as the workbook computes it (null when it shows an error or has none). */
  workbookTotal: number | null;
  /** Last year's total by the standard rule, from the same template. */
  standardTotal: number;
}

/**
 * An LKE workbook read into the workbench.
 *
 * - `template`: derived from the workbook (tree, weights, answer types with the values its formulas
 *   give, `Jumlah` inputs and derived `%` rows, gates); valid per `checkTemplate`; ids follow the
 *   built-in templates' code path, so a ZI 2021 workbook has the ids of the built-in `zi-2021`.
 * - `records`: this year's unit answer, note, evidence and the reviewer's answer and note, keyed as
 *   documents key them (`recordIds`): every question, `Jumlah` input and derived `%` row (whose answer
 *   stays null: it is computed) has one.
 * - `priorYear`: last year's answers and totals, when the workbook holds two years.
 * - `findings`: where the workbook's formulas differ from the standard rule (with both formulas and the
 *   effect on the total), answers outside their options, unknown answer types, typed totals that
 *   disagree with their breakdown, weights that do not add up, divisions by zero, empty sub-areas.
 * - `totals.workbook`: the total as the workbook's own formulas compute it now (HyperFormula), null
 *   when the workbook shows an error (see `totals.workbookError` and the findings); `totals.cached`: the
 *   total Excel saved in the file; `totals.standard`: by the regulation's rule (the `Scorer`).
 * - `layout`: sheet, header rows, columns, the row of every node and the total cells: JSON, to be
 *   stored beside `xlsx`.
 * - `xlsx`: the .xlsx bytes the engine was built from (for .xls/.ods, LibreOffice's conversion).
 *   `openWorkbookEngine(xlsx, layout)` rebuilds a live engine from these two alone.
 * - `engine`: a live engine over this workbook, holding the file's answers; `destroy()` it when done.
 */
export interface ImportedWorkbook {
  file: string;
  convertedFrom?: string;
  /** The agency the sheet names above its table ("INSTANSI : Badan Pusat Statistik"). */
  agency?: string;
  template: Template;
  records: Record<string, AnswerRecord>;
  priorYear?: PriorYear;
  /** The other sheets of the same questions, when a summary sheet computes the headline from them. */
  answerSets?: AnswerSet[];
  /** Every reviewer block's answers and totals, the first (the document's reviewer) included. */
  reviewers?: ReviewerSet[];
  findings: Finding[];
  totals: {
    workbook: number | null;
    workbookError?: string;
    /** Set when `workbook` is one answer sheet's own total (`--sheet`), not the summary's headline. */
    ofSheet?: string;
    cached: number | null;
    standard: number;
  };
  layout: WorkbookLayout;
  xlsx: Buffer;
  engine: WorkbookEngine;
}

export interface ImportOptions {
  /**
   * The answer sheet to read as the workbook's answers when it holds several (a unit's sheet beside the
   * centre's): its answers, its own total, its own rows. Default: the sheet holding most questions.
   */
  sheet?: string;
  /**
   * Compare each node's formula with the standard rule (findings with both formulas and their effect).
   * A quarter of an import's time: the workbench skips it when opening a workbook and runs it when the
   * user asks for the findings. Default true.
   */
  compareRules?: boolean;
  /**
   * With compareRules: measure each difference's effect on the total (a recalculation per finding, down
   * the sheet). `rbw score` prints the findings' count, not their effects, and leaves it out. Default true.
   */
  measureEffects?: boolean;
}
