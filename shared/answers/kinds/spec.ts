import type { Result } from '../../problem';
import type { ValidationRule } from '../../export/sheet-plan';

/** A stored answer: a choice key, or a number for counts and scales. */
export type AnswerValue = string | number;

/** One answer a question could be raised to, and the effort of getting there. */
export interface Choice {
  answer: AnswerValue;
  /** The answer's share (0..1) before gates, by the template's option values. */
  share: number;
  effort: number;
}

/** How the grid edits an answer of a kind: a list of the option keys, or typed text. */
export type AnswerEditor = { kind: 'list'; options: string[] } | { kind: 'text' };

/**
 * A share inside a formula: a constant (a choice's option value ÷ the largest), or an expression over
 * the answer cell ("(K8-1)/3"). The caller writes it: times the row's weight, rounded for display.
 */
export type FormulaShare = number | string;

/**
 * Everything the workbench knows about one kind of answer (choice, count, number on a scale), in one
 * place: how a typed answer is read, what it is worth, the regulation's formula for it in Excel, the
 * cell's check and format, the planner's steps, trial answers, and the editor the grid opens. Each kind
 * is one file beside this one; `ANSWER_KINDS` (index.ts) holds them by kind, so that a kind without a
 * spec does not compile.
 */
export interface AnswerKindSpec<T extends { kind: string; label: string }> {
  /** A raw answer that is not empty (`shown` is its trimmed text), checked against the type. */
  parse(type: T, raw: unknown, shown: string): Result<AnswerValue>;
  /** The share (0..1) of its best outcome an answer is worth, before weights and gates; null when unscored or not fitting. */
  share(type: T, answer: AnswerValue): number | null;
  /** The answer that gives the highest share; null for a kind that is not scored. */
  best(type: T): AnswerValue | null;
  /** Whether answers of the kind are scored (a `Jumlah` count only feeds derived rows). */
  scored: boolean;
  /** What a share of 1 shows in the value column of an unweighted row (A/B/C/D worth 4 shows 4). */
  points(type: T): number;
  /**
   * The regulation's Excel formula for the share of the answer in cell `answer`, or `blank` ("Blm
   * Diisi") while it is unanswered; `write` prints each share outcome. Null for an unscored kind.
   */
  formula(type: T, answer: string, write: (share: FormulaShare) => string, blank: string): string | null;
  /** The check Excel applies to an answer cell of the type (dropdown, whole number, decimal in range). */
  validation(type: T): ValidationRule;
  /** The number format of an answer cell in an exported workbook. */
  cellFormat: 'integer' | 'decimal' | 'text';
  /** Decimals an answer keeps when the workbench computes it (a survey's value); null when not a decimal. */
  decimals(type: T): number | null;
  /**
   * The answers a question may be raised to, each with its effort: `perStep` per step from the current
   * answer. Options worth no more than the current answer are left out.
   */
  choices(type: T, current: AnswerValue | null, perStep: number): Choice[];
  /** A result measured by others (a survey value, a score on a scale): the planner leaves it as it is. */
  measuredElsewhere: boolean;
  /** A random answer of the type, for trying the workbook's formulas beyond the current answers. */
  trialAnswer(type: T, random: () => number): AnswerValue;
  /** Whether the type may be an input of a derived `%` row (the `Jumlah` cells it divides). */
  derivationInput: boolean;
  /** Whether a workbook's "Pilihan Jawaban" text (lower case) fits a type of this kind of another label. */
  fitsLabel(label: string): boolean;
  /** The editor the grid opens on an answer cell. */
  editor(type: T): AnswerEditor;
}
