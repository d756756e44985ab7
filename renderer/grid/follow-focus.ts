/**
 * Where the focus goes when the rows change under it (an answer takes its question out of a filter): to
 * the focused row where it is now, else to the first row that was below it and is still shown. Null when
 * neither is shown (other rows altogether). The grid keeps its focus by position, which would skip a row.
 */
export function followFocus(
  before: readonly { id: string }[],
  after: readonly { id: string }[],
  focusedId: string,
): number | null {
  const index = new Map(after.map((row, i) => [row.id, i]));
  const now = index.get(focusedId);
  if (now !== undefined) return now;
  const was = before.findIndex((row) => row.id === focusedId);
  if (was >= 0)
    for (const row of before.slice(was + 1)) {
      const at = index.get(row.id);
      if (at !== undefined) return at;
    }
  return null;
}

/**
 * The row Enter moves to from `from` (one row down, or up with Shift): the next question or input row,
 * past the heading rows, where nothing can be typed. Null at the edge of the grid.
 */
export function enterTarget(rows: readonly { kind: string }[], from: number, step: 1 | -1): number | null {
  for (let i = from + step; i >= 0 && i < rows.length; i += step) if (rows[i]?.kind !== 'heading') return i;
  return null;
}

/** Whether two lists of rows are the same rows in the same order (their values may differ). */
export function sameRows(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  return a.length === b.length && a.every((row, i) => row.id === b[i]?.id);
}
