import { columnIndex } from '../cell-address';
import type { BinaryOperator, CellRef, Formula } from './ast';
import type { Token } from './tokenize';
import { tokenize } from './tokenize';

const COMPARISONS = ['=', '<>', '<', '>', '<=', '>='];

/** Parses a formula (without "="); throws on formulas it cannot read. */
export function parseFormula(text: string): Formula {
  const tokens = tokenize(text).filter((t) => t.kind !== 'space');
  let at = 0;
  const peek = (): Token | undefined => tokens[at];
  const next = (): Token => {
    const token = tokens[at++];
    if (!token) throw new Error('Unexpected end of formula');
    return token;
  };
  const isOperator = (...ops: string[]): boolean => {
    const token = peek();
    return token?.kind === 'operator' && ops.includes(token.text);
  };
  const binaryLevel =
    (ops: string[], lower: () => Formula): (() => Formula) =>
    () => {
      let left = lower();
      while (isOperator(...ops)) {
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
        return { kind: 'call', name: token.text.toUpperCase().replace(/^_XLFN\.|^_XLWS\./, ''), args };
      }
      case 'open': {
        const inner = compare();
        if (next().kind !== 'close') throw new Error('Missing ")"');
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
    while (isOperator('%')) {
      next();
      value = { kind: 'percent', arg: value };
    }
    return value;
  };
  const unary = (): Formula => {
    if (isOperator('-', '+')) {
      const op = next().text as '-' | '+';
      return { kind: 'unary', op, arg: unary() };
    }
    return postfix();
  };
  const power = binaryLevel(['^'], unary);
  const multiply = binaryLevel(['*', '/'], power);
  const add = binaryLevel(['+', '-'], multiply);
  const concat = binaryLevel(['&'], add);
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

function parseCell(text: string, sheet: string | undefined): CellRef | null {
  const match = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(text);
  if (!match) return null;
  return {
    ...(sheet !== undefined ? { sheet } : {}),
    col: columnIndex(match[2] as string),
    row: Number(match[4]) - 1,
    colAbsolute: match[1] === '$',
    rowAbsolute: match[3] === '$',
  };
}

function unquoteSheet(text: string): string {
  return text.startsWith("'") ? text.slice(1, -1).replace(/''/g, "'") : text;
}
