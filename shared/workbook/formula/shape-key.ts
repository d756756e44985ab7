import type { Token } from './tokenize';

/**
 * The key of a formula's shape: its tokens with every cell reference written relative to the formula's
 * own cell (`C[-2]R[0]`, or `C10R7` where `$` makes it absolute). Copies of one formula filled down or
 * across have one key, and formulas with one key differ only in where their relative references point.
 */
export function shapeKey(tokens: Token[], row: number, col: number): string {
  // A formula's tokens are shared by its readers during an import (withTokensShared): the graph and the
  // template's plan ask for the key of one formula at one cell, worked out once.
  const place = row >= 0 && col >= 0 && col < COLUMN_SPAN ? row * COLUMN_SPAN + col : -1;
  let byPlace = keysOf.get(tokens);
  const known = byPlace?.get(place);
  if (known !== undefined) return known;
  const key = keyOf(tokens, row, col);
  if (place >= 0) {
    if (!byPlace) keysOf.set(tokens, (byPlace = new Map()));
    byPlace.set(place, key);
  }
  return key;
}

const COLUMN_SPAN = 2 ** 20;
/** Keys by tokens (which nobody changes) and cell; gone with the tokens. */
const keysOf = new WeakMap<Token[], Map<number, string>>();

function keyOf(tokens: Token[], row: number, col: number): string {
  // Parts joined once: one flat string, rather than a chain of pieces the map flattens to hash it.
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'space') continue;
    parts.push(token.kind === 'ref' ? relativeRef(token.text, row, col) : token.text);
  }
  parts.push('');
  return parts.join('\u0001');
}

function relativeRef(text: string, row: number, col: number): string {
  // Only the cells are relative: a sheet name ("Sheet1!") stays as it is written.
  const bang = text.lastIndexOf('!');
  return text.slice(0, bang + 1) + relativeCells(text, bang + 1, row, col);
}

const DOLLAR = 36;
const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * The cells of a reference (from `start`) with every `$?letters$?digits` written as its column and row,
 * relative (`C[-2]R[0]`) unless `$`-absolute (`C10R7`): one pass over the characters, no regular
 * expression (this runs for every reference of every formula of the workbook).
 */
function relativeCells(text: string, start: number, row: number, col: number): string {
  let out = '';
  let copied = start;
  let at = start;
  while (at < text.length) {
    // A cell: `$`? 1–3 letters `$`? digits, anywhere (as the pattern /(\$?)([A-Za-z]{1,3})(\$?)(\d+)/g).
    let p = at;
    const colAbs = text.charCodeAt(p) === DOLLAR;
    if (colAbs) p++;
    const lettersFrom = p;
    while (p < text.length && p - lettersFrom < 3 && isLetter(text.charCodeAt(p))) p++;
    const lettersTo = p;
    const rowAbs = lettersTo > lettersFrom && text.charCodeAt(p) === DOLLAR;
    if (rowAbs) p++;
    const digitsFrom = p;
    while (p < text.length && isDigit(text.charCodeAt(p))) p++;
    if (lettersTo === lettersFrom || p === digitsFrom) {
      at++;
      continue;
    }
    let c = 0;
    for (let i = lettersFrom; i < lettersTo; i++) c = c * 26 + ((text.charCodeAt(i) & ~32) - 64);
    c -= 1;
    const r = Number(text.slice(digitsFrom, p)) - 1;
    out += text.slice(copied, at);
    out += `${colAbs ? `C${c}` : `C[${c - col}]`}${rowAbs ? `R${r}` : `R[${r - row}]`}`;
    copied = at = p;
  }
  return out + text.slice(copied);
}
