import { tokenize } from '../formula/tokenize';
import type { WorkbookData } from '../read/sheet-data';

/**
 * The sheets the LKE sheet's formulas read, directly or through other sheets and defined names. Helper
 * sheets that only read the LKE (the hidden recaps of the official workbook) are left out of the
 * formula engine: they cannot change the score, and leaving them out makes every recalculation cheaper.
 */
export function neededSheets(data: WorkbookData, start: string | string[]): Set<string> {
  const byName = new Map(data.sheets.map((s) => [s.name.toLowerCase(), s]));
  const names = new Map(data.names.map((n) => [n.name.toLowerCase(), n.formula]));
  const starts = typeof start === 'string' ? [start] : start;
  const needed = new Set<string>(starts);
  const queue = [...starts];
  const visitFormula = (formula: string): void => {
    let tokens;
    try {
      tokens = tokenize(formula);
    } catch {
      return;
    }
    for (const token of tokens) {
      if (token.kind === 'name' && names.has(token.text.toLowerCase())) {
        const target = names.get(token.text.toLowerCase()) as string;
        names.delete(token.text.toLowerCase());
        visitFormula(target);
      }
      if (token.kind !== 'ref' || !token.text.includes('!')) continue;
      const raw = token.text.slice(0, token.text.lastIndexOf('!'));
      const sheet = byName.get(
        (raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw).toLowerCase(),
      );
      if (sheet && !needed.has(sheet.name)) {
        needed.add(sheet.name);
        queue.push(sheet.name);
      }
    }
  };
  while (queue.length) {
    const sheet = byName.get((queue.pop() as string).toLowerCase());
    for (const row of sheet?.rows ?? [])
      for (const cell of row ?? []) if (cell?.formula) visitFormula(cell.formula);
  }
  return needed;
}
