import { kindOf } from '../../answers/kinds';
import type { AnswerType } from '../../template/answer-type';
import type { Gate, Group, Indicator, TemplateNode } from '../../template/template-schema';
import { cellName } from '../read/cell-address';
import { classifyGate } from '../graph/classify-gate';
import type { DerivedTypes } from './derive-answer-types';
import type { Finding } from '../findings/finding';
import type { ColumnMap } from '../read/layout';
import { optionTextsFrom } from '../read/option-texts';
import type { PlannedGroup, PlannedIndicator, PlannedNode } from './plan-template';
import type { RowProbe } from '../graph/probes';
import type { InputIndex } from '../graph/read-derivation';
import { readDerivation } from '../graph/read-derivation';
import type { SheetData } from '../read/sheet-data';
import { cellAt } from '../read/sheet-data';

const WEIGHT_TOLERANCE = 1e-6;

export interface BuiltTemplate {
  root: Group;
  answerTypes: AnswerType[];
  /** Row of every node (groups, indicators, inputs) by id. */
  rows: Record<string, number>;
  findings: Finding[];
}

interface Context {
  sheet: SheetData;
  columns: ColumnMap;
  types: DerivedTypes;
  probes: Map<number, RowProbe>;
  indicatorsByRow: Map<number, PlannedIndicator>;
  inputIndex: InputIndex;
  rows: Record<string, number>;
  findings: Finding[];
}

/**
 * The template of the workbook: its tree, weights, answer types with the values its formulas give,
 * `Jumlah` inputs and derived rows, and gates, shaped by the regulation's rule (a sub-area averages its
 * questions, everything above adds up). Where the workbook departs from that rule in its structure
 * (weights that do not add up, a label its formula does not know), a finding says so.
 */
export function buildTemplate(
  plan: PlannedGroup,
  sheet: SheetData,
  columns: ColumnMap,
  types: DerivedTypes,
  probes: RowProbe[],
): BuiltTemplate {
  const indicators = flatten(plan);
  const context: Context = {
    sheet,
    columns,
    types,
    probes: new Map(probes.map((p) => [p.row, p])),
    indicatorsByRow: new Map(indicators.map((i) => [i.row, i])),
    inputIndex: new Map(
      indicators.flatMap((i) =>
        i.inputs.map((input, position) => [input.row, { indicatorRow: i.row, position }] as const),
      ),
    ),
    rows: {},
    findings: [],
  };
  const root = buildGroup(plan, context);
  const used = new Set<string>();
  const collect = (node: TemplateNode): void => {
    if (node.kind === 'group') return node.children.forEach(collect);
    used.add(node.answerType);
    for (const input of node.inputs ?? []) used.add(input.answerType);
  };
  collect(root);
  return {
    root,
    answerTypes: types.types.filter((t) => used.has(t.label)),
    rows: context.rows,
    findings: context.findings,
  };
}

function buildGroup(plan: PlannedGroup, context: Context): Group {
  if (plan.row !== null) context.rows[plan.id] = plan.row;
  const hasGroups = plan.children.some((c) => c.kind === 'group');
  const aggregate: Group['aggregate'] =
    hasGroups ||
    plan.formulaFunction === 'SUM' ||
    (plan.formulaFunction !== 'AVERAGE' &&
      plan.children.some((c) => c.kind === 'indicator' && c.weight !== null))
      ? 'sum'
      : 'average';
  const children = plan.children.map((child) =>
    child.kind === 'group' ? buildGroup(child, context) : buildIndicator(child, aggregate === 'sum', context),
  );
  let weight = plan.weight;
  if (aggregate === 'sum') {
    // Declared against declared: a parent is not blamed for a child whose own weights do not add up.
    // A parent agrees when its weight matches its children's own weights, or what their rows add up to.
    const declared = plan.children.map((c, i) => c.weight ?? children[i]?.weight ?? 0);
    const sum = declared.reduce((total, w) => total + w, 0);
    const computed = children.reduce((total, c) => total + (c.weight ?? 0), 0);
    const off = (value: number): boolean => weight !== null && Math.abs(weight - value) > WEIGHT_TOLERANCE;
    if (off(sum) && off(computed) && plan.row !== null) {
      context.findings.push(
        finding(context, 'finding.weightsDoNotAddUp', 'warning', plan.row, context.columns.weight, plan.id, {
          id: plan.id,
          title: plan.title,
          weight: weight as number,
          sum: Math.round(sum * 1e6) / 1e6,
        }),
      );
    }
    weight = Math.round(computed * 1e9) / 1e9;
  } else if (weight === null) {
    if (plan.row !== null)
      context.findings.push(
        finding(context, 'finding.missingWeight', 'warning', plan.row, context.columns.weight, plan.id, {
          id: plan.id,
          title: plan.title,
        }),
      );
    weight = 0;
  }
  return {
    kind: 'group',
    id: plan.id,
    code: plan.code,
    title: plan.title,
    level: plan.level,
    weight,
    aggregate,
    ...(plan.areaKey ? { areaKey: plan.areaKey } : {}),
    ...(plan.row !== null ? { refs: { lkeRow: plan.row + 1 } } : {}),
    children,
  };
}

function buildIndicator(plan: PlannedIndicator, carriesPoints: boolean, context: Context): Indicator {
  context.rows[plan.id] = plan.row;
  const scoring = context.types.rows.get(plan.row);
  const label = scoring?.label ?? '%';
  if (scoring?.unknownLabel !== undefined) {
    context.findings.push(
      finding(context, 'finding.unknownAnswerType', 'difference', plan.row, context.columns.type, plan.id, {
        label: scoring.unknownLabel,
        assumed: label,
        value: context.columns.unit.value === undefined ? '' : cellName(plan.row, context.columns.unit.value),
      }),
    );
  }
  if (plan.foreignRows?.length && context.columns.unit.value !== undefined) {
    const valueCell = cellName(plan.row, context.columns.unit.value);
    context.findings.push({
      ...finding(
        context,
        'finding.readsOtherRow',
        'difference',
        plan.row,
        context.columns.unit.value,
        plan.id,
        {
          rows: plan.foreignRows.map((r) => r + 1).join(', '),
        },
      ),
      workbookFormula: cellAt(context.sheet, plan.row, context.columns.unit.value)?.formula ?? valueCell,
    });
  }
  if (scoring?.deviatesFrom && scoring.table && context.columns.unit.value !== undefined) {
    context.findings.push(
      finding(
        context,
        'finding.optionValuesDiffer',
        'difference',
        plan.row,
        context.columns.unit.value,
        plan.id,
        {
          label,
          values: tableText(scoring.table),
          standard: tableText(scoring.deviatesFrom),
        },
      ),
    );
  }
  const weight = carriesPoints ? (plan.weight ?? scoring?.inferredWeight ?? 0) : null;
  if (carriesPoints && plan.weight === null) {
    context.findings.push(
      finding(context, 'finding.missingWeight', 'warning', plan.row, context.columns.weight, plan.id, {
        id: plan.id,
        title: plan.title,
      }),
    );
  }
  const keys = context.types.types.find((t) => t.label === label);
  const editor = keys && kindOf(keys).editor(keys);
  const optionTexts = editor?.kind === 'list' ? optionTextsFrom(plan.guidance, editor.options) : undefined;
  const indicator: Indicator = {
    kind: 'indicator',
    id: plan.id,
    code: plan.code,
    title: plan.title,
    answerType: label,
    ...(plan.guidance ? { guidance: plan.guidance } : {}),
    ...(optionTexts ? { optionTexts } : {}),
    ...(weight !== null ? { weight } : {}),
    refs: { lkeRow: plan.row + 1 },
  };
  if (plan.inputs.length) {
    indicator.inputs = plan.inputs.map((input) => {
      context.rows[input.id] = input.row;
      return {
        id: input.id,
        code: '-',
        title: input.title,
        answerType: input.typeLabel ?? 'Jumlah',
        refs: { lkeRow: input.row + 1 },
      };
    });
  }
  if (plan.computed) addDerivation(indicator, plan, context);
  const gate = gateOf(plan, scoring?.table, context);
  if (gate) indicator.gate = gate;
  return indicator;
}

function addDerivation(indicator: Indicator, plan: PlannedIndicator, context: Context): void {
  const answerCol = context.columns.unit.answer;
  const formula = cellAt(context.sheet, plan.row, answerCol)?.formula ?? '';
  const read = readDerivation(plan, formula, answerCol, context.inputIndex, zeroDenominatorValue(plan.title));
  if (!read) {
    context.findings.push(
      finding(context, 'finding.unrecognisedFormula', 'warning', plan.row, answerCol, plan.id, { formula }),
    );
    // Kept as a typed share: the unit's computed value is carried over as its answer.
    return;
  }
  indicator.derive = read.derive;
  if (read.foreignRows) {
    context.findings.push({
      ...finding(context, 'finding.foreignReference', 'difference', plan.row, answerCol, plan.id, {
        rows: read.foreignRows.map((r) => r + 1).join(', '),
      }),
      workbookFormula: formula,
      ...(read.standardFormula ? { standardFormula: read.standardFormula } : {}),
    });
  }
}

function gateOf(
  plan: PlannedIndicator,
  ownTable: Record<string, number> | undefined,
  context: Context,
): Gate | null {
  const probe = context.probes.get(plan.row);
  if (!probe?.gate || !ownTable) return null;
  const source = context.indicatorsByRow.get(probe.gate.sourceRow);
  const sourceScoring = context.types.rows.get(probe.gate.sourceRow);
  const sourceType = context.types.types.find((t) => t.label === sourceScoring?.label);
  // A source scored by another row's answer has no table of its own: its type's values stand for it.
  const sourceTable =
    sourceScoring?.table ??
    (sourceType?.kind === 'choice'
      ? Object.fromEntries(sourceType.options.map((o) => [o.key, o.value]))
      : undefined);
  if (!source || !sourceTable) return null;
  const max = Math.max(...Object.values(sourceTable));
  const shares = Object.fromEntries(
    Object.entries(sourceTable).map(([k, v]) => [k, max === 0 ? 0 : v / max]),
  );
  return classifyGate(probe, ownTable, shares, source.id);
}

/** "A=1; B=0,6; C=0,3; D=0": option values as a message shows them. */
function tableText(table: Record<string, number>): string {
  return Object.entries(table)
    .map(([key, value]) => `${key}=${String(Math.round(value * 1e4) / 1e4).replace('.', ',')}`)
    .join('; ');
}

/**
 * Whether a zero denominator means "nothing was owed" (reports due, complaints to handle: 1) or "nothing
 * was achieved" (agents, targets, services: 0); the workbooks divide by zero (#DIV/0!), the template
 * declares the reading an evaluator applies (the same rule as the built-in templates).
 */
export function zeroDenominatorValue(title: string): number {
  return /penyampaian|pengaduan|lhkpn|lhkasn|harta/i.test(title) ? 1 : 0;
}

function finding(
  context: Context,
  code: Finding['code'],
  severity: Finding['severity'],
  row: number,
  col: number | undefined,
  nodeId: string,
  params: Finding['params'],
): Finding {
  return {
    code,
    severity,
    params,
    where: {
      sheet: context.sheet.name,
      ...(col !== undefined ? { cell: cellName(row, col) } : { row: row + 1 }),
    },
    nodeId,
  };
}

function flatten(node: PlannedNode): PlannedIndicator[] {
  return node.kind === 'indicator' ? [node] : node.children.flatMap(flatten);
}
