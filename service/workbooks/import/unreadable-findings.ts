import { cellName } from '../../../shared/workbook/read/cell-address';
import type { Finding } from '../../../shared/workbook/findings/finding';
import type { FormulaGraph } from '../../../shared/workbook/graph/formula-graph';

/**
 * Formulas of the LKE sheet the workbench cannot read (nested past any workbook Excel saves, or not a
 * formula at all), each said in the user's words naming its cell; the cell keeps its saved result. At
 * most 20.
 */
export function unreadableFindings(graph: FormulaGraph, sheet: number, sheetName: string): Finding[] {
  return graph.unreadable
    .filter((u) => u.sheet === sheet)
    .slice(0, 20)
    .map((unreadable): Finding => {
      const tooDeep = /nested deeper than (\d+)/.exec(unreadable.reason);
      const params: Finding['params'] = tooDeep ? { max: Number(tooDeep[1]) } : { reason: unreadable.reason };
      return {
        code: tooDeep ? 'finding.formulaTooDeep' : 'finding.unreadableFormula',
        severity: 'warning',
        params,
        where: { sheet: sheetName, cell: cellName(unreadable.row, unreadable.col) },
      };
    });
}
