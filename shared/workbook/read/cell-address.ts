/**
 * Cell addresses as users see them in Excel ("K8", "AA12") and as code indexes them (0-based row and
 * column). Only the A1 style is used: every workbook the ministry sends is in A1 style.
 */

/** Column letters of a 0-based column index: 0 → "A", 26 → "AA". */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 0-based column index of column letters: "A" → 0, "aa" → 26; -1 when not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/** "K8" from a 0-based row and column. */
export function cellName(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** 0-based row and column of "K8" (dollar signs allowed), or null when it is not a cell name. */
export function parseCellName(name: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(name.trim());
  if (!match) return null;
  return { row: Number(match[2]) - 1, col: columnIndex(match[1] as string) };
}
