import { cellName } from '../read/cell-address';
import type { Finding } from './finding';
import type { ColumnMap } from '../read/layout';
import type { PlannedIndicator } from '../derive-template/plan-template';
import type { SheetData } from '../read/sheet-data';
import { cellAt } from '../read/sheet-data';

/**
 * `Jumlah` totals the unit typed by hand above their breakdown ("Jumlah yang harus melaporkan" = 12
 * while eselon III + IV + fungsional = 0 + 1 + 12 = 13): the workbook divides by the typed number.
 */
export function breakdownFindings(
  indicators: PlannedIndicator[],
  sheet: SheetData,
  columns: ColumnMap,
): Finding[] {
  const col = columns.unit.answer;
  const findings: Finding[] = [];
  for (const indicator of indicators) {
    for (const breakdown of indicator.breakdowns) {
      if (breakdown.computed) continue;
      const typed = cellAt(sheet, breakdown.row, col)?.value;
      const parts = breakdown.parts.map((row) => cellAt(sheet, row, col)?.value);
      if (typeof typed !== 'number' || !parts.every((p): p is number => typeof p === 'number')) continue;
      const sum = parts.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - typed) < 1e-9) continue;
      findings.push({
        code: 'finding.typedTotalDiffers',
        severity: 'warning',
        params: {
          cell: cellName(breakdown.row, col),
          typed,
          parts: breakdown.parts.map((row) => cellName(row, col)).join('+'),
          sum,
        },
        where: { sheet: sheet.name, cell: cellName(breakdown.row, col) },
        nodeId: indicator.inputs.find((i) => i.row === breakdown.row)?.id ?? indicator.id,
      });
    }
  }
  return findings;
}
