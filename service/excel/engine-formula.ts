import { tokenize } from '../../shared/workbook/formula/tokenize';

/**
 * A workbook formula in the dialect HyperFormula reads: Excel's file format prefixes newer functions
 * with `_xlfn.`, and HyperFormula wants the booleans written as functions (`TRUE()`), not bare words.
 * Returns null when the formula cannot be read or points into another workbook (`[1]Sheet!A1`); the
 * cell then keeps its cached result.
 */
export function engineFormula(formula: string): string | null {
  if (/\[\d+\]/.test(formula)) return null;
  try {
    return (
      '=' +
      tokenize(formula)
        .map((token) => {
          if (token.kind === 'function') return token.text.replace(/^_xlfn\.|^_xlws\./i, '');
          if (token.kind === 'name' && /^(TRUE|FALSE)$/i.test(token.text))
            return `${token.text.toUpperCase()}()`;
          return token.text;
        })
        .join('')
    );
  } catch {
    return null;
  }
}
