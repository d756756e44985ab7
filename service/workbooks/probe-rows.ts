import type { CellResult } from '../../shared/workbook/read/cell-result';
import { numberOf } from '../../shared/workbook/read/cell-result';
import type { ColumnMap } from '../../shared/workbook/read/layout';
import type {
  PlannedGroup,
  PlannedIndicator,
  PlannedNode,
} from '../../shared/workbook/derive-template/plan-template';
import { isCountLabel } from '../../shared/workbook/derive-template/plan-template';
import type { RowProbe } from '../../shared/workbook/graph/probes';
import type { SheetData } from '../../shared/workbook/read/sheet-data';
import { cellAt } from '../../shared/workbook/read/sheet-data';
import type { WorkbookEngine } from './workbook-engine';

/**
 * Asks the workbook's own formulas what each question is worth: every option is written into the
 * answer cell in turn and the value cell read back; number rows are tried at 0 and 1; a row whose
 * formula reads another question (a gate) is tried against each answer of that question, with the
 * questions further up its chain set to their best answers so that the gate can open. Every answer
 * cell gets its original content back afterwards.
 */
export function probeRows(
  engine: WorkbookEngine,
  plan: PlannedGroup,
  sheet: SheetData,
  columns: ColumnMap,
  /** Rows with the same key score every answer alike: one of them is probed for all. */
  sameScoring: (row: number) => string | null = () => null,
): RowProbe[] {
  const valueCol = columns.unit.value;
  if (valueCol === undefined) return [];
  const answerCol = columns.unit.answer;
  const indicators = flatten(plan).filter((i) => !i.computed && !isCountLabel(i.typeLabel));
  const byRow = new Map(indicators.map((i) => [i.row, i]));
  const sourceOf = (indicator: PlannedIndicator): PlannedIndicator | undefined =>
    indicator.gateRows.map((r) => byRow.get(r)).find((s) => s && s.keys.keys.length >= 2);
  const best = new Map<number, string>();
  const touched = new Set<number>();
  const write = (row: number, answer: string | number): void => {
    touched.add(row);
    engine.write(row, answerCol, answer);
  };
  const valueWith = (row: number, answer: string | number): CellResult => {
    write(row, answer);
    return engine.read(row, valueCol);
  };
  const openChain = (indicator: PlannedIndicator | undefined, seen = new Set<number>()): void => {
    if (!indicator || seen.has(indicator.row)) return;
    seen.add(indicator.row);
    const key = best.get(indicator.row);
    if (key !== undefined) write(indicator.row, key);
    openChain(sourceOf(indicator), seen);
  };
  const probes: RowProbe[] = [];
  const alike = new Map<
    string,
    { keys: PlannedIndicator['keys']; choices?: RowProbe['choices']; scale?: RowProbe['scale'] }
  >();
  // A row scored by another row's answer cannot be probed through its own: it offers what rows of its
  // answer type offer, and the template reads it as that type.
  const foreign = indicators.filter((i) => i.foreignRows?.length);
  const own = indicators.filter((i) => !i.foreignRows?.length);
  // Sources before the rows they gate: rows without a gate first, then gated rows down the sheet.
  const plain = own.filter((i) => !sourceOf(i));
  const gated = own.filter((i) => sourceOf(i));
  const ordered = [...plain, ...foreign, ...gated];
  for (const indicator of ordered) {
    const probe: RowProbe = { row: indicator.row };
    if (indicator.foreignRows?.length) {
      const like = plain.find((p) => p.typeLabel === indicator.typeLabel && p.keys.keys.length >= 2);
      if (like) indicator.keys = { ...like.keys };
      probes.push(probe);
      continue;
    }
    const keys = indicator.keys.keys;
    const source = sourceOf(indicator);
    if (keys.length >= 2 && source) {
      openChain(sourceOf(source));
      const values: Record<string, Record<string, CellResult>> = {};
      for (const sourceKey of source.keys.keys) {
        write(source.row, sourceKey);
        values[sourceKey] = Object.fromEntries(keys.map((key) => [key, valueWith(indicator.row, key)]));
      }
      if (indicator.keys.source === 'formula') {
        const scored = keys.filter((key) =>
          Object.values(values).some((v) => numberOf(v[key] ?? null) !== null),
        );
        if (scored.length >= 2 && scored.length < keys.length) {
          for (const v of Object.values(values))
            for (const key of keys) if (!scored.includes(key)) delete v[key];
          indicator.keys = { keys: scored, source: 'formula' };
        }
      }
      probe.gate = { sourceRow: source.row, values };
      rememberBest(best, indicator.row, indicator.keys.keys, (key) =>
        Math.max(...Object.values(values).map((v) => numberOf(v[key] ?? null) ?? -Infinity)),
      );
    } else if (keys.length >= 2) {
      const key = sameScoring(indicator.row);
      const known = key === null ? undefined : alike.get(`${key}|${keys.join('/')}`);
      if (known) {
        if (known.choices) probe.choices = known.choices;
        if (known.scale) probe.scale = known.scale;
        indicator.keys = { ...known.keys };
        rememberBest(
          best,
          indicator.row,
          indicator.keys.keys,
          (k) => numberOf(probe.choices?.[k] ?? null) ?? -Infinity,
        );
        probes.push(probe);
        continue;
      }
      probe.choices = Object.fromEntries(keys.map((key) => [key, valueWith(indicator.row, key)]));
      if (indicator.keys.source === 'formula') {
        // A formula compares its answer with every type's options; the options are those it scores.
        const scoring = Object.entries(probe.choices).filter(([, v]) => numberOf(v) !== null);
        if (scoring.length >= 2) {
          probe.choices = Object.fromEntries(scoring);
          indicator.keys = { keys: scoring.map(([k]) => k), source: 'formula' };
        }
      }
      const scored = Object.keys(probe.choices);
      rememberBest(best, indicator.row, scored, (key) => numberOf(probe.choices?.[key] ?? null) ?? -Infinity);
    }
    if (keys.length < 2 || indicator.keys.source === 'formula') {
      probe.scale = { at0: valueWith(indicator.row, 0), at1: valueWith(indicator.row, 1) };
    }
    const key = !source && keys.length >= 2 ? sameScoring(indicator.row) : null;
    if (key !== null)
      alike.set(`${key}|${keys.join('/')}`, {
        keys: { ...indicator.keys },
        ...(probe.choices ? { choices: probe.choices } : {}),
        ...(probe.scale ? { scale: probe.scale } : {}),
      });
    probes.push(probe);
  }
  engine.batch(() => {
    for (const row of touched) engine.write(row, answerCol, cellAt(sheet, row, answerCol)?.value ?? null);
  });
  return probes.sort((a, b) => a.row - b.row);
}

function rememberBest(
  best: Map<number, string>,
  row: number,
  keys: string[],
  value: (key: string) => number,
): void {
  const top = [...keys].sort((a, b) => value(b) - value(a))[0];
  if (top !== undefined) best.set(row, top);
}

export function flatten(node: PlannedNode): PlannedIndicator[] {
  return node.kind === 'indicator' ? [node] : node.children.flatMap(flatten);
}
