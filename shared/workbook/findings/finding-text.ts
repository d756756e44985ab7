import { formatNumber } from '../../format/number';
import type { Finding } from './finding';

/** A finding's parameters for its message: numbers the Indonesian way ("4,99"), without trailing zeros. */
export function readableFindingParams(finding: Finding): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(finding.params).map(([key, value]) => [
      key,
      typeof value === 'number' ? readable(value) : value,
    ]),
  );
}

function readable(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return formatNumber(value, 4).replace(/,?0+$/, '');
}

/** An effect on the total with its sign ("−0,1333"), 0 when it rounds away. */
export function signedEffect(value: number, decimals = 4): string {
  const rounded = Math.abs(value) < 0.5 * 10 ** -decimals ? 0 : value;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${formatNumber(Math.abs(rounded), decimals)}`;
}

/**
 * A formula as a finding shows it: at most `shown` characters, then "…". A workbook's formula can run to
 * a hundred thousand characters (20,000 nested IFs); a screen or a terminal shows its start.
 */
export function shortFormula(formula: string, shown: number): string {
  return formula.length > shown ? `${formula.slice(0, shown)}…` : formula;
}
