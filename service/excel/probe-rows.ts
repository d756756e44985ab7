import type { CellResult } from '../../shared/workbook/cell-result';
import type { ColumnMap } from '../../shared/workbook/layout';
import type { PlannedGroup, PlannedIndicator, PlannedNode } from '../../shared/workbook/plan-template';
import { isCountLabel } from '../../shared/workbook/plan-template';
import type { RowProbe } from '../../shared/workbook/probes';
import type { SheetData } from '../../shared/workbook/sheet-data';
import { cellAt } from '../../shared/workbook/sheet-data';
import type { WorkbookEngine } from './workbook-engine';

/**
 * Asks the workbook's own formulas what each question is worth: every option is written into the
 * answer cell in turn and the value cell read back; number rows are tried at 0 and 1; a row whose
 * formula reads another question is tried against each of that question's answers. Every answer cell
 * gets its original content back afterwards.
 */
export function probeRows(
  engine: WorkbookEngine,
  plan: PlannedGroup,
  sheet: SheetData,
  columns: ColumnMap,
): RowProbe[] {
  const valueCol = columns.unit.value;
  if (valueCol === undefined) return [];
  const answerCol = columns.unit.answer;
  const indicators = flatten(plan).filter((i) => !i.computed && !isCountLabel(i.typeLabel));
  const byRow = new Map(indicators.map((i) => [i.row, i]));
  const restore = (row: number): void =>
    engine.write(row, answerCol, cellAt(sheet, row, answerCol)?.value ?? null);
  const valueWith = (row: number, answer: string | number): CellResult => {
    engine.write(row, answerCol, answer);
    return engine.read(row, valueCol);
  };
  const probes: RowProbe[] = [];
  for (const indicator of indicators) {
    const probe: RowProbe = { row: indicator.row };
    const keys = indicator.keys.keys;
    const source = indicator.gateRows.map((r) => byRow.get(r)).find((s) => s && s.keys.keys.length >= 2);
    if (keys.length >= 2 && source) {
      const values: Record<string, Record<string, CellResult>> = {};
      for (const sourceKey of source.keys.keys) {
        engine.write(source.row, answerCol, sourceKey);
        values[sourceKey] = Object.fromEntries(keys.map((key) => [key, valueWith(indicator.row, key)]));
      }
      restore(source.row);
      probe.gate = { sourceRow: source.row, values };
    } else if (keys.length >= 2) {
      probe.choices = Object.fromEntries(keys.map((key) => [key, valueWith(indicator.row, key)]));
    }
    if (keys.length < 2 || indicator.keys.source === 'formula') {
      probe.scale = { at0: valueWith(indicator.row, 0), at1: valueWith(indicator.row, 1) };
    }
    restore(indicator.row);
    probes.push(probe);
  }
  return probes;
}

export function flatten(node: PlannedNode): PlannedIndicator[] {
  return node.kind === 'indicator' ? [node] : node.children.flatMap(flatten);
}
