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
const SINGLE: Record<string, TokenKind> = {
  '(': 'open',
  ')': 'close',
  ',': 'separator',
  ';': 'separator',
  '{': 'arrayOpen',
  '}': 'arrayClose',
};
// A sheet prefix ('My sheet'! or Sheet1!), then a cell, a column range or a row range. Sticky (y)
// patterns match at `lastIndex` without copying the rest of the formula: LKE formulas are long.
const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z0-9_.\u00C0-\uFFFF]+)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const REF = new RegExp(
  String.raw`(?:${SHEET})?(?:${CELL}(?::${CELL})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![A-Za-z0-9_(])`,
  'y',
);
const NUMBER = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_\\][A-Za-z0-9_.\\]*/y;
const STRING = /"(?:[^"]|"")*"/y;
const SPACE = /\s+/y;

function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.test(text) ? text.slice(at, pattern.lastIndex) : null;
}

// Characters that start only a bracket, a separator or an operator: no reference, number or name can
// begin with one, so those patterns are not tried there (the tokenizer runs over every formula).
const PUNCTUATION = new Set([
  '(',
  ')',
  ',',
  ';',
  '{',
  '}',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '^',
  '&',
  '=',
  '%',
  ':',
]);
// Every character \s matches is a control character, the space or at least U+00A0.
const mayBeSpace = (code: number): boolean => code <= 32 || code >= 0xa0;

let shared: Map<string, Token[] | Error> | null = null;
/** Further memos living as long as the shared tokens (the syntax trees by shape, parse-at.ts). */
let memos: Map<string, Map<string, unknown>> | null = null;

/**
 * Runs `work` (synchronous) with every formula text tokenized at most once: an import reads each formula
 * in several passes (the sheets it needs, its ranges, its graph, the engine's dialect), and a workbook
 * repeats formula texts. The tokens are shared between those readers, none of which changes them; the
 * memory is given back when `work` returns.
 */
export function withTokensShared<T>(work: () => T): T {
  if (shared) return work();
  shared = new Map();
  memos = new Map();
  try {
    return work();
  } finally {
    shared = null;
    memos = null;
  }
}

/**
 * A memo named `name` that lives as long as the shared tokens (withTokensShared); null outside it, so that
 * nothing is kept between imports. What is put in it is shared too: read it, do not change it.
 */
export function sharedMemo<V>(name: string): Map<string, V> | null {
  if (!memos) return null;
  let memo = memos.get(name);
  if (!memo) memos.set(name, (memo = new Map()));
  return memo as Map<string, V>;
}

/**
 * Tokens of a formula; throws on text it cannot read (the caller turns that into a finding). Inside
 * withTokensShared the same array is given to every caller: read it, do not change it.
 */
export function tokenize(formula: string): Token[] {
  if (!shared) return tokensOf(formula);
  const known = shared.get(formula);
  if (known instanceof Error) throw known;
  if (known) return known;
  try {
    const tokens = tokensOf(formula);
    shared.set(formula, tokens);
    return tokens;
  } catch (error) {
    shared.set(formula, error as Error);
    throw error;
  }
}

/**
 * The operator starting with the punctuation `char` at `at`: the first of OPERATORS that matches there
 * (`<>` and `<=` before `<`, `>=` before `>`; every other one is a single character).
 */
function operatorAt(formula: string, at: number, char: string): string {
  const next = formula[at + 1];
  if (char === '<') return next === '>' ? '<>' : next === '=' ? '<=' : '<';
  if (char === '>') return next === '=' ? '>=' : '>';
  return char;
}

function tokensOf(formula: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < formula.length) {
    const char = formula[at] as string;
    let kind: TokenKind;
    let text: string | null;
    if (mayBeSpace(formula.charCodeAt(at)) && (text = matchAt(SPACE, formula, at))) kind = 'space';
    else if (PUNCTUATION.has(char)) {
      const single = SINGLE[char];
      text = single ? char : operatorAt(formula, at, char);
      kind = single ?? 'operator';
    } else if (char === '"') {
      text = matchAt(STRING, formula, at);
      if (!text) throw new Error(`Unclosed string at ${at}`);
      kind = 'string';
    } else if (char === '#') {
      const upper = formula.slice(at, at + 14).toUpperCase();
      const error = ERRORS.find((e) => upper.startsWith(e));
      if (!error) throw new Error(`Unknown error literal at ${at}`);
      text = formula.slice(at, at + error.length);
      kind = 'error';
    } else if ((text = matchAt(REF, formula, at))) kind = 'ref';
    else if ((text = matchAt(NUMBER, formula, at))) kind = 'number';
    else if ((text = matchAt(NAME, formula, at)))
      kind = formula[at + text.length] === '(' ? 'function' : 'name';
    else if (SINGLE[char]) {
      text = char;
      kind = SINGLE[char] as TokenKind;
    } else {
      text = OPERATORS.find((o) => formula.startsWith(o, at)) ?? null;
      if (!text) throw new Error(`Unexpected "${char}" at ${at}`);
      kind = 'operator';
    }
    tokens.push({ kind, text, at });
    at += text.length;
  }
  return tokens;
}
