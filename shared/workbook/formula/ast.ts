/** The syntax tree of an Excel formula, as `parseFormula` builds it. */
export interface CellRef {
  sheet?: string;
  row: number;
  col: number;
  rowAbsolute: boolean;
  colAbsolute: boolean;
}

export type Formula =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; value: string }
  | { kind: 'cell'; ref: CellRef }
  | { kind: 'range'; from: CellRef; to: CellRef }
  /** Whole columns (A:A) or rows (1:1), kept as text: LKE formulas do not use them for scoring. */
  | { kind: 'area'; text: string }
  | { kind: 'name'; name: string }
  | { kind: 'call'; name: string; args: Formula[] }
  | { kind: 'unary'; op: '-' | '+'; arg: Formula }
  | { kind: 'percent'; arg: Formula }
  | { kind: 'binary'; op: BinaryOperator; left: Formula; right: Formula }
  | { kind: 'array'; rows: Formula[][] }
  | { kind: 'group'; inner: Formula };

export type BinaryOperator = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';
