import { columnIndex } from '../read/cell-address';
import type { BinaryOperator, CellRef, Formula } from './ast';
import type { Token } from './tokenize';
import { tokenize } from './tokenize';

const COMPARISONS = new Set(['=', '<>', '<', '>', '<=', '>=']);
const POWER = new Set(['^']);
const MULTIPLY = new Set(['*', '/']);
const ADD = new Set(['+', '-']);
const CONCAT = new Set(['&']);
const SIGNS = new Set(['-', '+']);
const PERCENT = new Set(['%']);
/**
 * Deepest nesting read: Excel allows 64 levels of functions; a formula nested deeper is not one a
 * workbook can hold, and reading it would exhaust the stack of every recursive reader after us.
 */
export const MAX_FORMULA_DEPTH = 120;
/** Longest operator chain read (`A1+A2+…`): Excel's 8,192 characters allow about 4,000 terms. */
export const MAX_FORMULA_TERMS = 5_000;

/** Parses a formula (without "="); throws on formulas it cannot read. */
export function parseFormula(text: string): Formula {
  const tokens = tokenize(text).filter((t) => t.kind !== 'space');
  let at = 0;
  let depth = 0;
  let terms = 0;
  const enter = (): void => {
    if (++depth > MAX_FORMULA_DEPTH)
      throw new Error(`Formula nested deeper than ${MAX_FORMULA_DEPTH} levels`);
  };
  const peek = (): Token | undefined => tokens[at];
  const next = (): Token => {
    const token = tokens[at++];
    if (!token) throw new Error('Unexpected end of formula');
    return token;
  };
  const isOperator = (ops: ReadonlySet<string>): boolean => {
    const token = tokens[at];
    return token !== undefined && token.kind === 'operator' && ops.has(token.text);
  };
  const binaryLevel =
    (ops: ReadonlySet<string>, lower: () => Formula): (() => Formula) =>
    () => {
      let left = lower();
      while (isOperator(ops)) {
        if (++terms > MAX_FORMULA_TERMS) throw new Error(`Formula longer than ${MAX_FORMULA_TERMS} terms`);
        const op = next().text as BinaryOperator;
        left = { kind: 'binary', op, left, right: lower() };
      }
      return left;
    };
  const primary = (): Formula => {
    const token = next();
    switch (token.kind) {
      case 'number':
        return { kind: 'number', value: Number(token.text) };
      case 'string':
        return { kind: 'string', value: token.text.slice(1, -1).replace(/""/g, '"') };
      case 'error':
        return { kind: 'error', value: token.text.toUpperCase() };
      case 'ref':
        return parseReference(token.text);
      case 'name': {
        const upper = token.text.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
        return { kind: 'name', name: token.text };
      }
      case 'function': {
        next();
        enter();
        const args: Formula[] = [];
        if (peek()?.kind !== 'close') {
          for (;;) {
            args.push(
              peek()?.kind === 'separator' || peek()?.kind === 'close'
                ? { kind: 'string', value: '' }
                : compare(),
            );
            if (peek()?.kind !== 'separator') break;
            next();
          }
        }
        if (next().kind !== 'close') throw new Error(`Missing ")" after ${token.text}`);
        depth--;
        return { kind: 'call', name: token.text.toUpperCase().replace(/^_XLFN\.|^_XLWS\./, ''), args };
      }
      case 'open': {
        enter();
        const inner = compare();
        if (next().kind !== 'close') throw new Error('Missing ")"');
        depth--;
        return { kind: 'group', inner };
      }
      case 'arrayOpen': {
        const rows: Formula[][] = [[]];
        for (;;) {
          (rows[rows.length - 1] as Formula[]).push(unary());
          const separator = next();
          if (separator.kind === 'arrayClose') break;
          if (separator.text === ';') rows.push([]);
        }
        return { kind: 'array', rows };
      }
      default:
        throw new Error(`Unexpected "${token.text}" at ${token.at}`);
    }
  };
  const postfix = (): Formula => {
    let value = primary();
    while (isOperator(PERCENT)) {
      next();
      value = { kind: 'percent', arg: value };
    }
    return value;
  };
  const unary = (): Formula => {
    let signs = 0;
    const ops: ('-' | '+')[] = [];
    while (isOperator(SIGNS)) {
      if (++signs > MAX_FORMULA_DEPTH)
        throw new Error(`Formula nested deeper than ${MAX_FORMULA_DEPTH} levels`);
      ops.push(next().text as '-' | '+');
    }
    let value = postfix();
    for (let i = ops.length - 1; i >= 0; i--) value = { kind: 'unary', op: ops[i] as '-' | '+', arg: value };
    return value;
  };
  const power = binaryLevel(POWER, unary);
  const multiply = binaryLevel(MULTIPLY, power);
  const add = binaryLevel(ADD, multiply);
  const concat = binaryLevel(CONCAT, add);
  const compare = binaryLevel(COMPARISONS, concat);
  const formula = compare();
  if (at < tokens.length) throw new Error(`Unexpected "${tokens[at]?.text}" at ${tokens[at]?.at}`);
  return formula;
}

function parseReference(text: string): Formula {
  const bang = text.lastIndexOf('!');
  const sheet = bang >= 0 ? unquoteSheet(text.slice(0, bang)) : undefined;
  const body = bang >= 0 ? text.slice(bang + 1) : text;
  const [first, second] = body.split(':') as [string, string | undefined];
  const from = parseCell(first, sheet);
  if (!from) return { kind: 'area', text };
  if (second === undefined) return { kind: 'cell', ref: from };
  const to = parseCell(second, sheet);
  return to ? { kind: 'range', from, to } : { kind: 'area', text };
}

const CELL_REF = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;

function parseCell(text: string, sheet: string | undefined): CellRef | null {
  const match = CELL_REF.exec(text);
  if (!match) return null;
  const col = columnIndex(match[2] as string);
  const row = Number(match[4]) - 1;
  const colAbsolute = match[1] === '$';
  const rowAbsolute = match[3] === '$';
  return sheet !== undefined
    ? { sheet, col, row, colAbsolute, rowAbsolute }
    : { col, row, colAbsolute, rowAbsolute };
}

function unquoteSheet(text: string): string {
  return text.startsWith("'") ? text.slice(1, -1).replace(/''/g, "'") : text;
}
