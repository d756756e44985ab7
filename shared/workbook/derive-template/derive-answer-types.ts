import type { AnswerType, ChoiceType } from '../../template/answer-type';
import type { CellResult } from '../read/cell-result';
import { numberOf } from '../read/cell-result';
import type { PlannedIndicator } from './plan-template';
import { isCountLabel } from './plan-template';
import type { RowProbe } from '../graph/probes';

const EPSILON = 1e-9;

/** How one question row scores according to its own formula. */
export interface RowScoring {
  /** Label of the answer type the template gives the row. */
  label: string;
  /** Option values the row's formula gives, scaled to the row's weight (choice rows). */
  table?: Record<string, number>;
  /** The type's values, when the row's formula gives other values for some options. */
  deviatesFrom?: Record<string, number>;
  /** The label the workbook shows, when it is not an answer type the workbook's formula knows. */
  unknownLabel?: string;
  /** Points the row carries by its formula when the weight column is empty (Hasil rows). */
  inferredWeight?: number;
}

export interface DerivedTypes {
  types: AnswerType[];
  rows: Map<number, RowScoring>;
}

/**
 * The answer types of the workbook with the values its own formulas give (A/B/C/D may be 1, 0.67, 0.33,
 * 0 or 1, 0.6, 0.3, 0 depending on the year): per label, the table most rows agree on. A row whose label
 * its formula does not know ("Ya" instead of "Ya/Tidak") takes the type whose options it offers.
 */
export function deriveAnswerTypes(indicators: PlannedIndicator[], probes: RowProbe[]): DerivedTypes {
  const probeOf = new Map(probes.map((p) => [p.row, p]));
  const rows = new Map<number, RowScoring>();
  const choiceTables = new Map<string, { table: Record<string, number>; rows: PlannedIndicator[] }[]>();
  const numberTypes = new Map<string, AnswerType>();
  const countTypes = new Map<string, AnswerType>();
  const unknown: PlannedIndicator[] = [];
  let percentUsed = false;
  for (const indicator of indicators) {
    for (const input of indicator.inputs) {
      const inputLabel = input.typeLabel ?? 'Jumlah';
      countTypes.set(inputLabel, { kind: 'count', label: inputLabel, integer: !/rupiah/i.test(inputLabel) });
    }
    const label = indicator.typeLabel ?? '';
    if (indicator.computed) {
      percentUsed = true;
      rows.set(indicator.row, { label: '%' });
      continue;
    }
    if (isCountLabel(label)) {
      countTypes.set(label, { kind: 'count', label, integer: !/rupiah/i.test(label) });
      rows.set(indicator.row, { label });
      continue;
    }
    const probe = probeOf.get(indicator.row);
    if (indicator.foreignRows?.length) {
      unknown.push(indicator);
      continue;
    }
    const table = probe ? choiceTable(probe) : null;
    if (table) {
      const weight = indicator.weight ?? 0;
      const scaled = weight > 0 ? mapValues(table, (v) => v / weight) : table;
      const key = label || indicator.keys.keys.join('/');
      const list = choiceTables.get(key) ?? [];
      const same = list.find((t) => sameTable(t.table, scaled));
      if (same) same.rows.push(indicator);
      else list.push({ table: scaled, rows: [indicator] });
      choiceTables.set(key, list);
      rows.set(indicator.row, {
        label: key,
        table: scaled,
        ...(weight > 0 ? {} : { inferredWeight: Math.max(...Object.values(table)) }),
      });
      continue;
    }
    const scale = probe?.scale ? lineOf(probe.scale) : null;
    if (scale) {
      const type = numberType(label, scale.slope, indicator.weight);
      const existing = numberTypes.get(type.label);
      const typeLabel =
        existing && !sameNumber(existing, type) ? `${type.label} (0-${round(type.max)})` : type.label;
      numberTypes.set(typeLabel, { ...type, label: typeLabel });
      rows.set(indicator.row, {
        label: typeLabel,
        ...(indicator.weight === null ? { inferredWeight: scale.slope * type.max } : {}),
      });
      continue;
    }
    unknown.push(indicator);
  }
  const choices = majorityTypes(choiceTables, rows);
  for (const indicator of unknown) rows.set(indicator.row, assumeType(indicator, choices, countTypes));
  const types: AnswerType[] = [...choices, ...numberTypes.values(), ...countTypes.values()];
  if (percentUsed && !types.some((t) => t.label === '%'))
    types.push({ kind: 'number', label: '%', min: 0, max: 1, decimals: 4 });
  return { types, rows };
}

/** Option values with a gate in its passing state: the best value over the other question's answers. */
function choiceTable(probe: RowProbe): Record<string, number> | null {
  const results: Record<string, CellResult>[] = probe.gate
    ? Object.values(probe.gate.values)
    : probe.choices
      ? [probe.choices]
      : [];
  if (!results.length) return null;
  const keys = Object.keys(results[0] as Record<string, CellResult>);
  const table: Record<string, number> = {};
  for (const key of keys) {
    const values = results.map((r) => numberOf(r[key] ?? null)).filter((v): v is number => v !== null);
    if (!values.length) return null;
    table[key] = Math.max(...values);
  }
  return Object.values(table).some((v) => v > EPSILON) ? table : null;
}

function lineOf(scale: { at0: CellResult; at1: CellResult }): { slope: number } | null {
  const at0 = numberOf(scale.at0);
  const at1 = numberOf(scale.at1);
  if (at0 === null || at1 === null || Math.abs(at0) > EPSILON || at1 <= EPSILON) return null;
  return { slope: at1 };
}

/** A number type from the label's range ("Nilai (0-4)") or, lacking one, from the row's weight. */
function numberType(
  label: string,
  slope: number,
  weight: number | null,
): Extract<AnswerType, { kind: 'number' }> {
  const range = /(\d+(?:[.,]\d+)?)\s*[-–]\s*(\d+(?:[.,]\d+)?)/.exec(label);
  const labelMax = range ? Number((range[2] as string).replace(',', '.')) : null;
  const max = labelMax ?? (weight ? weight / slope : 1 / slope);
  return { kind: 'number', label: label || `Nilai (0-${round(max)})`, min: 0, max: round(max), decimals: 4 };
}

function majorityTypes(
  tables: Map<string, { table: Record<string, number>; rows: PlannedIndicator[] }[]>,
  rows: Map<number, RowScoring>,
): ChoiceType[] {
  const types: ChoiceType[] = [];
  for (const [label, candidates] of tables) {
    const best = [...candidates].sort((a, b) => b.rows.length - a.rows.length)[0];
    if (!best) continue;
    const weights = new Set(best.rows.map((r) => r.weight ?? 0));
    const points = weights.size === 1 && !weights.has(0) ? (best.rows[0]?.weight as number) : null;
    // A lookup used only by rows carrying points (Opini BPK: WTP 3 … TMP 0) keeps its points as values.
    const values =
      points !== null && Math.abs(Math.max(...Object.values(best.table)) - 1) < EPSILON
        ? mapValues(best.table, (v) => round(v * points))
        : mapValues(best.table, round);
    types.push({
      kind: 'choice',
      label,
      options: Object.entries(values).map(([key, value]) => ({ key, value })),
    });
    for (const other of candidates) {
      if (other === best) continue;
      for (const row of other.rows) {
        const scoring = rows.get(row.row);
        if (scoring) scoring.deviatesFrom = best.table;
      }
    }
  }
  return types;
}

/** A row whose label the formula does not know: the type whose options start with what it offers. */
function assumeType(
  indicator: PlannedIndicator,
  choices: ChoiceType[],
  counts: Map<string, AnswerType>,
): RowScoring {
  const label = indicator.typeLabel ?? '';
  const offered = indicator.keys.source === 'formula' ? [] : indicator.keys.keys.map((k) => k.toLowerCase());
  const byOptions = choices.find(
    (t) => offered.length >= 2 && offered.every((k) => t.options.some((o) => o.key.toLowerCase() === k)),
  );
  const byLabel = choices.find((t) => label && t.label.toLowerCase().startsWith(label.toLowerCase()));
  const assumed = byOptions ?? byLabel;
  // A row scored by another row's answer has a known type; its formula is the defect, reported apart.
  if (assumed && indicator.foreignRows?.length) return { label: assumed.label };
  if (assumed) return { label: assumed.label, unknownLabel: label };
  // Nothing fits: the row stays unscored, as the workbook leaves it ("-" is skipped by AVERAGE).
  const unscored = label || '-';
  counts.set(unscored, { kind: 'count', label: unscored, integer: false });
  return { label: unscored, unknownLabel: label };
}

function sameTable(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((k) => Math.abs((a[k] ?? NaN) - (b[k] ?? NaN)) < 1e-6)
  );
}

function sameNumber(a: AnswerType, b: AnswerType): boolean {
  return a.kind === 'number' && b.kind === 'number' && a.min === b.min && Math.abs(a.max - b.max) < 1e-6;
}

function mapValues(table: Record<string, number>, f: (v: number) => number): Record<string, number> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, f(v)]));
}

const round = (value: number): number => Math.round(value * 1e9) / 1e9;
