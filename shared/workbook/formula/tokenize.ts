/**
 * Splits an Excel formula (without "=") into tokens. Enough of Excel's grammar for the formulas LKE
 * workbooks use: numbers, strings, booleans, errors, cell and range references with optional sheet
 * names, function calls, operators and array constants.
 */
export type TokenKind =
  | 'number'
  | 'string'
  | 'error'
  | 'ref'
  | 'name'
  | 'function'
  | 'operator'
  | 'open'
  | 'close'
  | 'separator'
  | 'arrayOpen'
  | 'arrayClose'
  | 'space';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offset of the token in the formula. */
  at: number;
}

const ERRORS = ['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!', '#GETTING_DATA'];
const OPERATORS = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '&', '=', '<', '>', '%', ':'];
// A sheet prefix ('My sheet'! or Sheet1!), then a cell, a column range or a row range.
const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z0-9_.\u00C0-\uFFFF]+)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const REF = new RegExp(
  String.raw`^(?:${SHEET})?(?:${CELL}(?::${CELL})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![A-Za-z0-9_(])`,
);
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*/;

/** Tokens of a formula; throws on text it cannot read (the caller turns that into a finding). */
export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < formula.length) {
    const rest = formula.slice(at);
    const char = rest[0] as string;
    const push = (kind: TokenKind, text: string): void => {
      tokens.push({ kind, text, at });
      at += text.length;
    };
    if (/\s/.test(char)) {
      push('space', /^\s+/.exec(rest)?.[0] as string);
    } else if (char === '"') {
      const match = /^"(?:[^"]|"")*"/.exec(rest);
      if (!match) throw new Error(`Unclosed string at ${at}`);
      push('string', match[0]);
    } else if (char === '#') {
      const error = ERRORS.find((e) => rest.toUpperCase().startsWith(e));
      if (!error) throw new Error(`Unknown error literal at ${at}`);
      push('error', rest.slice(0, error.length));
    } else if (REF.test(rest)) {
      push('ref', (REF.exec(rest) as RegExpExecArray)[0]);
    } else if (NUMBER.test(rest)) {
      push('number', (NUMBER.exec(rest) as RegExpExecArray)[0]);
    } else if (NAME.test(rest)) {
      const name = (NAME.exec(rest) as RegExpExecArray)[0];
      push(formula[at + name.length] === '(' ? 'function' : 'name', name);
    } else if (char === '(') push('open', char);
    else if (char === ')') push('close', char);
    else if (char === ',' || char === ';') push('separator', char);
    else if (char === '{') push('arrayOpen', char);
    else if (char === '}') push('arrayClose', char);
    else {
      const operator = OPERATORS.find((o) => rest.startsWith(o));
      if (!operator) throw new Error(`Unexpected "${char}" at ${at}`);
      push('operator', operator);
    }
  }
  return tokens;
}
