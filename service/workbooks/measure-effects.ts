import { formatNumber } from '../../shared/format/number';
import { numberOf } from '../../shared/workbook/read/cell-result';
import type { Finding } from '../../shared/workbook/findings/finding';
import { signedEffect } from '../../shared/workbook/findings/finding-text';
import type { WorkbookEngine } from './workbook-engine';

/** A finding whose cell can take the standard formula: where, and which formula. */
export interface Fix {
  finding: Finding;
  row: number;
  col: number;
  formula: string;
}

/**
 * Measures each fix's effect on the sheet's total with the file's own answers: down the sheet, each
 * standard formula is put in and left there while the next is measured, so that the effects add up to
 * the total with every fix in place (one at a time, two fixes in one average would each claim their
 * share of the other). The engine is put back as it was.
 */
export function measureEffects(engine: WorkbookEngine, fixes: Fix[]): void {
  const sorted = [...fixes].sort((a, b) => a.row - b.row || a.col - b.col);
  const undo: (() => void)[] = [];
  try {
    for (const fix of sorted) {
      const before = numberOf(engine.sheetTotal());
      const original = engine.formulaAt(fix.row, fix.col);
      const originalValue = original === undefined ? engine.read(fix.row, fix.col) : null;
      const putBack = (): void =>
        original === undefined
          ? engine.write(fix.row, fix.col, originalValue)
          : engine.writeFormula(fix.row, fix.col, original);
      engine.writeFormula(fix.row, fix.col, fix.formula);
      const after = numberOf(engine.sheetTotal());
      if (before !== null && after !== null) {
        fix.finding.effect = before - after;
        undo.push(putBack);
      } else {
        // The standard form leaves the total without a number (a sub-area with no answer left): the
        // difference stays with "selisih lain" and the cell is put back before the next is measured.
        delete fix.finding.effect;
        putBack();
      }
    }
  } finally {
    for (const step of undo.reverse()) step();
  }
}

/**
 * The sheet's difference (workbook − regulation) and how much of it the listed effects explain; the
 * rest ("selisih lain") comes from what no single cell's formula can be swapped for (a blank row counted
 * as 0 by a gate, answers the workbook cannot read). Null when the sheet's total is not a number.
 */
export function differenceExplained(
  engine: WorkbookEngine,
  sheet: string,
  standard: number,
  findings: Finding[],
): Finding | null {
  const workbook = numberOf(engine.sheetTotal());
  if (workbook === null) return null;
  const listed = findings.reduce((sum, f) => sum + (f.effect ?? 0), 0);
  const difference = workbook - standard;
  return {
    code: 'finding.differenceExplained',
    severity: 'info',
    params: {
      sheet,
      workbook: formatNumber(workbook, 4),
      standard: formatNumber(standard, 4),
      difference: signedEffect(difference, 4),
      listed: signedEffect(listed, 4),
      other: signedEffect(difference - listed, 4),
    },
    where: { sheet },
  };
}
