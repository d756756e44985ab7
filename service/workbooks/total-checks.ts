import { formatNumber } from '../../shared/format/number';
import type { TemplateIndex } from '../../shared/template/template-index';
import type { Group } from '../../shared/template/template-schema';
import { cellName } from '../../shared/workbook/read/cell-address';
import { isErrorResult, numberOf } from '../../shared/workbook/read/cell-result';
import type { Finding } from '../../shared/workbook/findings/finding';
import type { WorkbookEngine } from './workbook-engine';

/** Totals of LKE models are out of 100 unless the total row states its own maximum. */
const MODEL_MAXIMUM = 100;

/**
 * A total must be a total: the cell taken as the sheet's total is named when its value exceeds the
 * maximum (the weight typed on the total row, else the model's 100 or the sum of the weights read) or
 * when it differs from the sum of the components it reads (a SUM over a range that takes sub-areas or
 * questions again). A total the workbench added is checked against the components' weights. The total
 * stays the workbook's, but the user is told, never silently.
 */
export function totalChecks(engine: WorkbookEngine, index: TemplateIndex, sheetName: string): Finding[] {
  const { layout } = engine;
  const place = layout.sheetTotal ?? layout.total;
  if (!place || place.sheet !== undefined) return [];
  const value = numberOf(engine.readCell(place));
  if (value === null) return [];
  const where = { sheet: sheetName, cell: cellName(place.row, place.col) };
  const root = index.template.root;
  if (place.formula !== undefined) return addedTotalChecks(engine, root, value, sheetName);
  const findings: Finding[] = [];
  const weightCol = layout.columns.weight;
  const stated = weightCol === undefined ? null : numberOf(engine.read(place.row, weightCol));
  const max = stated !== null && stated > 0 ? stated : Math.max(MODEL_MAXIMUM, root.weight);
  if (value > max + 1e-9)
    findings.push({
      code: 'finding.totalAboveMaximum',
      severity: 'warning',
      params: { value: formatNumber(value), max: formatNumber(max) },
      where,
    });
  const parts = components(engine, root);
  if (parts) {
    const sum = parts.reduce((s, p) => s + p.value, 0);
    if (Math.abs(sum - value) > 1e-6 * Math.max(1, Math.abs(value)))
      findings.push({
        code: 'finding.totalNotItsComponents',
        severity: 'warning',
        params: {
          value: formatNumber(value),
          sum: formatNumber(sum),
          parts: parts.map((p) => `${p.code} ${p.cell}`).join(' + '),
        },
        where,
      });
  }
  return findings;
}

/**
 * A total the workbench added (the workbook has no total row) is the sum of the components, so it states
 * the maximum the template knows: what the components weigh (the model's 100 when they state no weight).
 * Above it, a component's own formula takes more than its share; the components' cells are named, since
 * the added cell is not in the file.
 */
function addedTotalChecks(engine: WorkbookEngine, root: Group, value: number, sheet: string): Finding[] {
  const max = root.weight > 0 ? root.weight : MODEL_MAXIMUM;
  if (value <= max + 1e-9) return [];
  const parts = components(engine, root);
  return [
    {
      code: 'finding.addedTotalAboveMaximum',
      severity: 'warning',
      params: {
        value: formatNumber(value),
        max: formatNumber(max),
        parts: parts
          ? parts.map((p) => `${p.code} ${p.cell}`).join(' + ')
          : root.children.map((c) => c.code).join(' + '),
      },
      where: { sheet },
    },
  ];
}

/**
 * The components the total stands for: the groups right below the root whose rows nothing else in the
 * tree reads again (a sub-area or question the total's range takes a second time is not one). Null when
 * one of them shows no number.
 */
function components(
  engine: WorkbookEngine,
  root: Group,
): { code: string; cell: string; value: number }[] | null {
  const { rows, columns } = engine.layout;
  const valueCol = columns.unit.value;
  if (valueCol === undefined) return null;
  const uses = new Map<number, number>();
  for (const row of Object.values(rows)) uses.set(row, (uses.get(row) ?? 0) + 1);
  const parts: { code: string; cell: string; value: number }[] = [];
  for (const child of root.children) {
    const row = rows[child.id];
    if (child.kind !== 'group' || row === undefined || (uses.get(row) ?? 0) > 1) continue;
    const shown = engine.nodeValue(child.id);
    if (isErrorResult(shown)) return null;
    const offset = engine.layout.valueColumnOffsets?.[child.id] ?? 0;
    parts.push({
      code: child.code || child.id,
      cell: cellName(row, valueCol + offset),
      value: numberOf(shown) ?? 0,
    });
  }
  return parts.length ? parts : null;
}
