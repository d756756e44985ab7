/**
 * Numbers as Indonesian users read and write them: decimal comma, dot for thousands ("1.234,56").
 */
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, decimals = 2, locale = 'id-ID'): string {
  const key = `${locale}:${decimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/**
 * Reads a number typed the Indonesian way ("60,27", "1.234", "1.234,5") or the programmer's way
 * ("60.27"). A lone dot followed by exactly three digits is read as a thousands separator, as an
 * Indonesian user means it. Returns null when the text is not a number.
 */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  let normalised: string;
  if (trimmed.includes(',')) {
    normalised = trimmed.replace(/\./g, '').replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3})+$/.test(trimmed)) {
    normalised = trimmed.replace(/\./g, '');
  } else {
    normalised = trimmed;
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}
