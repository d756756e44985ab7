import type { Token } from '../../shared/workbook/formula/tokenize';
import { tokenize } from '../../shared/workbook/formula/tokenize';

/**
 * A workbook formula in the dialect HyperFormula reads: Excel's file format prefixes newer functions
 * with `_xlfn.`, and HyperFormula wants the booleans written as functions (`TRUE()`), not bare words.
 * Returns null when the formula cannot be read or points into another workbook (`[1]Sheet!A1`); the
 * cell then keeps its cached result.
 */
export function engineFormula(formula: string): string | null {
  if (/\[\d+\]/.test(formula)) return null;
  let tokens: Token[];
  try {
    tokens = tokenize(formula).filter((t) => t.kind !== 'space');
  } catch {
    return null;
  }
  const texts = tokens.map((token) => {
    if (token.kind === 'function') return token.text.replace(/^_xlfn\.|^_xlws\./i, '');
    if (token.kind === 'name' && /^(TRUE|FALSE)$/i.test(token.text)) return `${token.text.toUpperCase()}()`;
    return token.text;
  });
  const shaped = withinEngineDepth(tokens, texts);
  return shaped === null ? null : `=${shaped}`;
}

/** Nesting and operator chains deeper than these exhaust the engine's parser (measured: 200 and 1,500). */
const ENGINE_NESTING = 120;
const ENGINE_CHAIN = 600;
const GROUP = 40;

/**
 * The formula as the engine can read it: a long sum of terms (`A1+A2+…`, a formula near Excel's 8,192
 * characters) regrouped into sums of sums, which adds the same numbers; null when it nests deeper than
 * Excel itself allows (64 levels), and the cell then keeps the result the file saved.
 */
function withinEngineDepth(tokens: Token[], texts: string[]): string | null {
  let depth = 0;
  let deepest = 0;
  const chains: number[] = [0];
  let longest = 0;
  for (const token of tokens) {
    if (token.kind === 'open' || token.kind === 'function' || token.kind === 'arrayOpen') {
      if (token.kind !== 'function') {
        depth++;
        chains.push(0);
      }
    } else if (token.kind === 'close' || token.kind === 'arrayClose') {
      depth--;
      chains.pop();
    } else if (token.kind === 'separator') chains[chains.length - 1] = 0;
    else if (token.kind === 'operator' && token.text !== '%') {
      const level = chains.length - 1;
      chains[level] = (chains[level] ?? 0) + 1;
      longest = Math.max(longest, chains[level] as number);
    }
    deepest = Math.max(deepest, depth);
  }
  if (deepest > ENGINE_NESTING) return null;
  if (longest <= ENGINE_CHAIN) return texts.join('');
  return regroupSums(tokens, texts);
}

/**
 * Regroups every run of terms joined by "+" at one level of parentheses into sums of at most GROUP
 * terms; a level with operators binding more loosely than "+" (comparisons, "&") is left alone.
 */
function regroupSums(tokens: Token[], texts: string[]): string | null {
  const out: string[] = [];
  let i = 0;
  const level = (): string[] | null => {
    const terms: string[][] = [[]];
    let loose = false;
    while (i < tokens.length) {
      const token = tokens[i] as Token;
      if (token.kind === 'close' || token.kind === 'arrayClose') break;
      if (token.kind === 'separator') {
        break;
      }
      if (token.kind === 'open' || token.kind === 'function' || token.kind === 'arrayOpen') {
        const opener = texts[i] as string;
        i++;
        if (token.kind === 'function') i++; // the "(" after a function name
        const inner: string[] = [];
        for (;;) {
          const part = level();
          if (part === null) return null;
          inner.push(part.join(''));
          const next = tokens[i];
          if (!next || next.kind === 'close' || next.kind === 'arrayClose') break;
          inner.push(texts[i] as string);
          i++;
        }
        const closer = texts[i] ?? ')';
        i++;
        (terms[terms.length - 1] as string[]).push(
          `${opener}${token.kind === 'function' ? '(' : ''}${inner.join('')}${closer}`,
        );
        continue;
      }
      const previous = tokens[i - 1];
      const unary =
        !previous ||
        previous.kind === 'operator' ||
        previous.kind === 'separator' ||
        previous.kind === 'open';
      if (token.kind === 'operator' && token.text === '+' && !unary) {
        terms.push([]);
        i++;
        continue;
      }
      if (token.kind === 'operator' && ['=', '<>', '<', '>', '<=', '>=', '&'].includes(token.text))
        loose = true;
      (terms[terms.length - 1] as string[]).push(texts[i] as string);
      i++;
    }
    const joined = terms.map((t) => t.join(''));
    if (loose || joined.length <= GROUP) return [joined.join('+')];
    let grouped = joined;
    while (grouped.length > GROUP) {
      const next: string[] = [];
      for (let k = 0; k < grouped.length; k += GROUP) next.push(`(${grouped.slice(k, k + GROUP).join('+')})`);
      grouped = next;
    }
    return [grouped.join('+')];
  };
  while (i < tokens.length) {
    const part = level();
    if (part === null) return null;
    out.push(...part);
    if (i < tokens.length) {
      out.push(texts[i] as string);
      i++;
    }
  }
  return out.join('');
}
