import { ProblemError } from '../../shared/problem';
import { cellName } from '../../shared/workbook/read/cell-address';
import { tokenize } from '../../shared/workbook/formula/tokenize';
import { UsedRanges } from '../../shared/workbook/formula/used-range';
import type { WorkbookData } from '../../shared/workbook/read/sheet-data';
import { PACKAGE_LIMITS } from './package-limits';

/**
 * Refuses a workbook whose formulas, with their ranges cut to the used range, still read more cells
 * than PACKAGE_LIMITS.rangeCells (each distinct range counted once: the engine evaluates a range once
 * for every formula reading it). Names the cell whose range went over the limit.
 */
export function checkFormulaRanges(data: WorkbookData, file: string): void {
  const used = new UsedRanges(data);
  const seen = new Set<string>();
  let cells = 0;
  const visit = (formula: string, sheet: string, where: { sheet?: string; cell?: string }): void => {
    if (!formula.includes(':')) return;
    let tokens;
    try {
      tokens = tokenize(formula);
    } catch {
      return;
    }
    for (const token of tokens) {
      if (token.kind !== 'ref') continue;
      const range = used.cut(token.text, sheet);
      if (!range) continue;
      const key = `${range.sheet.toLowerCase()}!${range.top}:${range.left}:${range.bottom}:${range.right}`;
      if (seen.has(key)) continue;
      seen.add(key);
      cells += (range.bottom - range.top + 1) * (range.right - range.left + 1);
      if (cells <= PACKAGE_LIMITS.rangeCells) continue;
      throw new ProblemError([
        {
          code: 'workbook.rangesTooLarge',
          params: { range: token.text, max: PACKAGE_LIMITS.rangeCells },
          where: { file, ...where },
        },
      ]);
    }
  };
  for (const sheet of data.sheets) {
    sheet.rows.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (c?.formula) visit(c.formula, sheet.name, { sheet: sheet.name, cell: cellName(r, col) });
      }),
    );
  }
  // A defined name's ranges always name their sheet.
  for (const name of data.names) visit(name.formula, '', {});
}
