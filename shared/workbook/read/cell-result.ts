/**
 * A cell's computed result as the formula engine returns it: a number, a text ("Blm Diisi", "-"), a
 * boolean, blank, or an Excel error such as #DIV/0!.
 */
export type CellResult = number | string | boolean | null | { error: string };

export function isErrorResult(result: CellResult): result is { error: string } {
  return typeof result === 'object' && result !== null;
}

/** The number in a result, or null for text, blanks and errors (what Excel's AVERAGE would skip). */
export function numberOf(result: CellResult): number | null {
  return typeof result === 'number' && Number.isFinite(result) ? result : null;
}

/** Results as users read them in messages: numbers the Indonesian way are formatted by the caller. */
export function resultText(result: CellResult): string {
  if (isErrorResult(result)) return result.error;
  if (result === null) return '';
  return String(result);
}
