import { kindOf } from '../answers/kinds';
import { recordOf } from '../records/apply-changes';
import type { GroupLevel, Group, Indicator } from '../template/template-schema';
import { cellName } from '../workbook/read/cell-address';
import { validationFor } from './answer-validation';
import { evidenceToCells, evidenceToText } from './evidence-cells';
import type { LkeLine } from './lke-lines';
import { HIERARCHY_DEPTH } from './lke-columns';
import type { LineContext } from './plan-lke-sheet';
import type { PlannedRow, RowTone, SheetPlan } from './sheet-plan';
import { plannedRow, setCell } from './sheet-plan';
import {
  derivedAnswerFormula,
  groupValueFormula,
  indicatorValueFormula,
  UNANSWERED_TEXT,
} from './standard-formulas';

const TONES: Record<GroupLevel, RowTone> = {
  root: 'total',
  component: 'component',
  'sub-component': 'subComponent',
  area: 'area',
  'sub-area': 'subArea',
};

/** Writes the cells of one line of an LKE sheet into the plan. */
export function fillLine(plan: SheetPlan, line: LkeLine, context: LineContext): void {
  switch (line.kind) {
    case 'group':
      return fillGroup(plan, line.row, line.group, line.depth, context);
    case 'indicator':
      return fillIndicator(plan, line.row, line.indicator, line.depth, context);
    case 'denominator':
      return fillDenominator(plan, line.row, line.indicator, line.depth, context);
    case 'input': {
      const row = push(plan, line.row, 'input');
      const { columns } = context;
      setCell(row, columns.id, { value: line.input.id });
      setCell(row, columns.soal, { value: soalOf(line.input.refs) });
      setCell(row, columns.hierarchy + HIERARCHY_DEPTH - 1, { value: `- ${line.input.title}` });
      setCell(row, columns.type, { value: line.input.answerType });
      fillRecord(plan, row, line.input.id, context, true);
      return;
    }
    case 'total':
    case 'grand':
      return fillTotal(plan, line, context);
  }
}

function fillGroup(plan: SheetPlan, at: number, group: Group, depth: number, context: LineContext): void {
  const { columns } = context;
  const row = push(plan, at, TONES[group.level]);
  setCell(row, columns.id, { value: group.id });
  placeTitle(plan, row, depth, group.code, group.title, context);
  setCell(row, columns.weight, { value: group.weight, format: 'decimal' });
  if (!context.complete(group)) return;
  const policy = group.unanswered ?? context.index.template.unanswered;
  setCell(row, columns.value, { formula: groupValueFormula(group, context.unit, policy), format: 'decimal' });
  setCell(row, columns.reviewer.value, {
    formula: groupValueFormula(group, context.reviewer, policy),
    format: 'decimal',
  });
}

function fillIndicator(
  plan: SheetPlan,
  at: number,
  indicator: Indicator,
  depth: number,
  context: LineContext,
): void {
  const { columns, index } = context;
  const row = push(plan, at, 'question');
  const type = index.answerTypes.get(indicator.answerType);
  setCell(row, columns.id, { value: indicator.id });
  setCell(row, columns.soal, { value: soalOf(indicator.refs) });
  placeTitle(plan, row, depth, indicator.code, indicator.title, context);
  if (indicator.weight !== undefined)
    setCell(row, columns.weight, { value: indicator.weight, format: 'decimal' });
  setCell(row, columns.guidance, { value: indicator.guidance ?? null });
  setCell(row, columns.type, { value: indicator.answerType });
  // A gate whose source is not on the sheet (a pokja's extract) cannot be written as a formula.
  const gated =
    indicator.gate && context.rowOf.has(indicator.gate.source)
      ? indicator
      : { ...indicator, gate: undefined };
  const source = gated.gate ? index.indicators.get(gated.gate.source) : undefined;
  if (type) {
    for (const [cells, col] of [
      [context.unit, columns.value],
      [context.reviewer, columns.reviewer.value],
    ] as const) {
      const formula = indicatorValueFormula(gated, type, cells, source ? { indicator: source } : undefined);
      setCell(row, col, { formula, format: 'decimal' });
    }
  }
  if (indicator.derive) {
    const derive = indicator.derive;
    for (const [cells, col] of [
      [context.unit, columns.answer],
      [context.reviewer, columns.reviewer.answer],
    ] as const) {
      setCell(row, col, { formula: derivedAnswerFormula(derive, cells.answer), format: 'percent' });
    }
  }
  fillRecord(plan, row, indicator.id, context, !indicator.derive);
}

/** The row adding up several denominators ("Jumlah yang harus melaporkan"), computed like the % row. */
function fillDenominator(
  plan: SheetPlan,
  at: number,
  indicator: Indicator,
  depth: number,
  context: LineContext,
): void {
  const { columns } = context;
  const derive = indicator.derive;
  if (!derive) return;
  const row = push(plan, at, 'input');
  const titles = derive.denominator.map((id) => context.index.answerables.get(id));
  placeTitle(
    plan,
    row,
    depth,
    '-',
    `Jumlah: ${titles.map((a) => (a?.kind === 'input' ? a.input.title : a?.id)).join(' + ')}`,
    context,
  );
  setCell(row, columns.type, { value: 'Jumlah' });
  for (const [cells, col] of [
    [context.unit, columns.answer],
    [context.reviewer, columns.reviewer.answer],
  ] as const) {
    const parts = derive.denominator.map(cells.answer);
    const blanks = parts.map((p) => `${p}=""`).join(',');
    setCell(row, col, {
      formula: `IF(OR(${blanks}),"${UNANSWERED_TEXT}",${parts.join('+')})`,
      format: 'integer',
    });
  }
}

function fillTotal(
  plan: SheetPlan,
  line: Extract<LkeLine, { kind: 'total' | 'grand' }>,
  context: LineContext,
): void {
  const { columns } = context;
  const row = push(plan, line.row, 'total');
  const title = line.kind === 'total' ? `TOTAL ${line.group.title}` : line.group.title;
  setCell(row, columns.hierarchy, { value: title, bold: true });
  plan.merges.push({ top: line.row, left: columns.hierarchy, bottom: line.row, right: columns.guidance });
  for (const [cells, col] of [
    [context.unit, columns.value],
    [context.reviewer, columns.reviewer.value],
  ] as const) {
    const children = line.group.children.map((c) => cells.value(c.id)).join(',');
    setCell(row, col, { formula: children ? `SUM(${children})` : '0', format: 'decimal', bold: true });
    if (line.kind !== 'total') continue;
    // The component's own row shows its TOTAL row, as in the official sheet (L4 = L198).
    const own = plan.rows.find((r) => r.row === context.rowOf.get(line.group.id));
    if (own) setCell(own, col, { formula: cellName(line.row, col), format: 'decimal' });
  }
}

/** The unit's answer, note and evidence, the reviewer's answer and note, and the work fields. */
function fillRecord(
  plan: SheetPlan,
  row: PlannedRow,
  itemId: string,
  context: LineContext,
  answered: boolean,
): void {
  const { columns, index } = context;
  const record = recordOf(context.records, itemId);
  const type = index.answerables.get(itemId)?.type;
  if (answered && type) {
    const format = kindOf(type).cellFormat;
    const rule = validationFor(type);
    for (const [value, col] of [
      [record.answer, columns.answer],
      [record.reviewerAnswer, columns.reviewer.answer],
    ] as const) {
      setCell(row, col, { value, format, editable: true });
      plan.validations.push({ row: row.row, col, rule });
    }
  }
  setCell(row, columns.note, { value: record.note, editable: true, format: 'text' });
  setCell(row, columns.reviewer.note, { value: record.reviewerNote, editable: true, format: 'text' });
  if (columns.link === undefined) {
    setCell(row, columns.evidence, {
      value: evidenceToText(record.evidence) || null,
      editable: true,
      format: 'text',
    });
  } else {
    const cells = evidenceToCells(record.evidence);
    setCell(row, columns.evidence, { value: cells.text || null, editable: true, format: 'text' });
    const [first] = cells.links;
    setCell(row, columns.link, {
      value: cells.links.join('\n') || null,
      ...(first ? { link: first } : {}),
      editable: true,
      format: 'text',
    });
  }
  setCell(row, columns.pokja, { value: record.pokja, editable: true });
  setCell(row, columns.status, { value: record.status, editable: true });
  setCell(row, columns.targetMonth, { value: record.targetMonth, editable: true, format: 'text' });
}

/** Code in the column of the level, title right of it across the remaining hierarchy columns. */
function placeTitle(
  plan: SheetPlan,
  row: PlannedRow,
  depth: number,
  code: string,
  title: string,
  context: LineContext,
): void {
  const first = context.columns.hierarchy;
  const last = first + HIERARCHY_DEPTH - 1;
  const codeCol = Math.min(first + depth, last - 1);
  setCell(row, codeCol, { value: code || null });
  setCell(row, codeCol + 1, { value: title, format: 'text' });
  if (codeCol + 1 < last) plan.merges.push({ top: row.row, left: codeCol + 1, bottom: row.row, right: last });
}

function push(plan: SheetPlan, at: number, tone: RowTone): PlannedRow {
  const row = plannedRow(at, tone);
  plan.rows.push(row);
  return row;
}

const soalOf = (refs: Record<string, string | number> | undefined): number | null =>
  typeof refs?.portalrbSoalId === 'number' ? refs.portalrbSoalId : null;
