import type { SheetPlan } from './sheet-plan';

// Calibri 11 in points per line, and characters per unit of column width: Excel's width unit is the
// width of one digit, and running text is a little narrower on average.
const LINE_HEIGHT = 15;
const CHARACTERS_PER_WIDTH = 1.35;
const DEFAULT_WIDTH = 9;

/**
 * The height each row needs for its wrapped text, in points. Excel grows a row to fit on its own only
 * when the user edits it, and LibreOffice keeps the height a file gives, so a sheet written without
 * heights shows long guidance and notes cut to one line. Merged cells count with their whole width.
 */
export function rowHeights(plan: SheetPlan): Map<number, number> {
  const widths = new Map(plan.columns.map((c) => [c.col, c.width]));
  const wrapped = new Set(plan.columns.filter((c) => c.wrap).map((c) => c.col));
  const spans = new Map(
    plan.merges.filter((m) => m.top === m.bottom).map((m) => [`${m.top}:${m.left}`, m.right]),
  );
  const heights = new Map<number, number>();
  for (const row of plan.rows) {
    let lines = 1;
    for (const [col, cell] of row.cells) {
      if (typeof cell.value !== 'string' || cell.formula !== undefined) continue;
      const right = spans.get(`${row.row}:${col}`) ?? col;
      const wraps = wrapped.has(col) || cell.format === 'text' || right > col || row.tone === 'title';
      if (!wraps && !cell.value.includes('\n')) continue;
      let width = 0;
      for (let c = col; c <= right; c++) width += widths.get(c) ?? DEFAULT_WIDTH;
      lines = Math.max(lines, linesOf(cell.value, width * CHARACTERS_PER_WIDTH));
    }
    if (lines > 1) heights.set(row.row, lines * LINE_HEIGHT);
  }
  return heights;
}

function linesOf(text: string, perLine: number): number {
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
}
