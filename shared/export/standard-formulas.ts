import { kindOf } from '../answers/kinds';
import type { AnswerType } from '../template/answer-type';
import type { Derivation, Group, Indicator, UnansweredPolicy } from '../template/template-schema';
import { cellName, columnLetters } from '../workbook/read/cell-address';
import type { ColumnMap } from '../workbook/read/layout';

/** What the official workbooks show for a row without an answer; AVERAGE and SUM skip it as text. */
export const UNANSWERED_TEXT = 'Blm Diisi';
const BLANK = `"${UNANSWERED_TEXT}"`;

/** The cells one party's formulas read: a node's answer, value and weight cell ("K8", "L8", "H7"). */
export interface FormulaCells {
  answer: (id: string) => string;
  value: (id: string) => string;
  weight: (id: string) => string;
}

/**
 * The share (0..1) of an indicator before its gate, as a formula that gives "Blm Diisi" when it is
 * unanswered. `times` multiplies every numeric outcome (the weight of an indicator carrying points), so
 * that an unanswered weighted row stays text instead of becoming #VALUE!.
 */
function shareFormula(indicator: Indicator, type: AnswerType, cells: FormulaCells, times?: string): string {
  const answer = cells.answer(indicator.id);
  const scaled = (expr: string): string => (times ? `${expr}*${times}` : expr);
  if (indicator.derive) {
    const max = indicator.derive.max;
    const share = max === 1 ? answer : `${answer}/${num(max)}`;
    return `IF(ISNUMBER(${answer}),${scaled(share)},${BLANK})`;
  }
  return (
    kindOf(type).formula(
      type,
      answer,
      (share) => scaled(typeof share === 'number' ? num(share) : share),
      BLANK,
    ) ?? BLANK
  );
}

/**
 * The value formula of an indicator's row by the standard rule: its share, times its weight when it
 * carries points (Hasil rows: survey ÷ 4 × 17,5), with its gate: forced to 0 when the source's answer
 * is one of the gate's, or multiplied by the source's share.
 */
export function indicatorValueFormula(
  indicator: Indicator,
  type: AnswerType,
  cells: FormulaCells,
  source?: { indicator: Indicator },
): string {
  const weight = indicator.weight !== undefined ? cells.weight(indicator.id) : undefined;
  const gate = indicator.gate;
  if (gate?.kind === 'zero-when') {
    const tests = gate.answers.map((a) => `${cells.answer(gate.source)}=${text(a)}`).join(',');
    return `IF(OR(${tests}),0,${shareFormula(indicator, type, cells, weight)})`;
  }
  if (gate?.kind === 'copy' && source) {
    const sourceValue = cells.value(gate.source);
    const sourceShare =
      source.indicator.weight !== undefined ? `${sourceValue}/${cells.weight(gate.source)}` : sourceValue;
    const value = weight ? `${sourceShare}*${weight}` : sourceShare;
    return `IF(ISNUMBER(${sourceValue}),${value},${BLANK})`;
  }
  if (gate?.kind === 'multiply' && source) {
    const own = shareFormula(indicator, type, cells);
    const sourceValue = cells.value(gate.source);
    const sourceShare =
      source.indicator.weight !== undefined ? `${sourceValue}/${cells.weight(gate.source)}` : sourceValue;
    const product = `(${own})*${sourceShare}${weight ? `*${weight}` : ''}`;
    return `IF(AND(ISNUMBER(${own}),ISNUMBER(${sourceValue})),${product},${BLANK})`;
  }
  return shareFormula(indicator, type, cells, weight);
}

/**
 * The ratio of a derived `%` row from its `Jumlah` inputs, written in its answer cell: "Blm Diisi"
 * until every required input is filled, the template's declared value where the workbook would divide
 * by zero, else (Σ numerator − Σ subtract) ÷ Σ denominator within [min, max].
 */
export function derivedAnswerFormula(derive: Derivation, answerOf: (id: string) => string): string {
  const sum = (ids: string[]): string => ids.map(answerOf).join('+');
  const group = (ids: string[]): string => (ids.length > 1 ? `(${sum(ids)})` : sum(ids));
  const numerator = derive.subtract.length
    ? `${group(derive.numerator)}-${group(derive.subtract)}`
    : group(derive.numerator);
  const denominator = group(derive.denominator);
  const ratio = `MIN(${num(derive.max)},MAX(${num(derive.min)},(${numerator})/${denominator}))`;
  const zeros = [...derive.numerator, ...derive.subtract].map((id) => `${answerOf(id)}=0`).join(',');
  const onZero =
    derive.onAllZero === undefined
      ? num(derive.onZeroDenominator)
      : `IF(AND(${zeros}),${num(derive.onAllZero)},${num(derive.onZeroDenominator)})`;
  const computed = `IF(${denominator}=0,${onZero},${ratio})`;
  if (!derive.requires.length) return computed;
  const blanks = derive.requires.map((id) => `${answerOf(id)}=""`).join(',');
  return `IF(OR(${blanks}),${BLANK},${computed})`;
}

/**
 * The value formula of a group: the sum of its children's values, or for a sub-area the average of
 * its answered rows times its weight (AVERAGE skips "Blm Diisi"); a sub-area without any answer is 0,
 * as the workbench scores it, instead of the #DIV/0! that would hide the whole total. Under the `zero`
 * policy an unanswered row counts as 0.
 */
export function groupValueFormula(group: Group, cells: FormulaCells, policy: UnansweredPolicy): string {
  const children = group.children.map((c) => cells.value(c.id));
  if (!children.length) return '0';
  const list = children.join(',');
  if (group.aggregate === 'sum') return `SUM(${list})`;
  const weight = cells.weight(group.id);
  if (policy === 'zero') return `SUM(${list})/${children.length}*${weight}`;
  return `IF(COUNT(${list})=0,0,AVERAGE(${list})*${weight})`;
}

/** Points as a share of the weight (the "%" column); empty where the weight is 0. */
export function percentFormula(valueCell: string, weightCell: string): string {
  return `IF(${weightCell}=0,"",${valueCell}/${weightCell})`;
}

/** A number as Excel reads it back to the same double. */
const num = (value: number): string => String(value);

const text = (value: string): string => `"${value.replace(/"/g, '""')}"`;

/**
 * The formula the regulation's rule gives a group, written in the workbook's own columns as the official
 * workbooks write it: what `rbw inspect` shows beside the workbook's formula, and what is put in its
 * place to measure the effect of a difference on the total.
 */
export function standardGroupFormula(
  group: Group,
  rows: Record<string, number>,
  columns: ColumnMap,
): string | null {
  const valueCol = columns.unit.value;
  const row = rows[group.id];
  if (valueCol === undefined || row === undefined) return null;
  const cells = group.children.map((c) => rows[c.id]).filter((r): r is number => r !== undefined);
  if (!cells.length) return null;
  if (group.aggregate === 'sum') return `SUM(${cells.map((r) => cellName(r, valueCol)).join(',')})`;
  const weight = columns.weight === undefined ? String(group.weight) : cellName(row, columns.weight);
  return `AVERAGE(${ranges(cells, valueCol)})*${weight}`;
}

/**
 * The value-cell formula of a question in the workbook's own columns: its option values (as points when
 * it has no weight), or its answer on the scale, times its weight after the share, as the official
 * workbooks write it.
 */
export function standardIndicatorFormula(
  indicator: Indicator,
  type: AnswerType,
  row: number,
  columns: ColumnMap,
): string | null {
  const answer = cellName(row, columns.unit.answer);
  const weight =
    indicator.weight === undefined
      ? ''
      : `*${columns.weight === undefined ? indicator.weight : cellName(row, columns.weight)}`;
  if (indicator.derive) {
    // The rule bounds a ratio (at most 100%, discipline at least 0), as the scorer does.
    const { min, max } = indicator.derive;
    return `IF(${answer}="",${BLANK},MIN(${num(max)},MAX(${num(min)},${answer})))${weight}`;
  }
  const spec = kindOf(type);
  const scale = indicator.weight === undefined ? spec.points(type) : 1;
  const written = (share: number | string): string =>
    typeof share === 'number' ? String(round(share * scale)) : scale === 1 ? share : `${share}*${scale}`;
  const formula = spec.formula(type, answer, written, BLANK);
  return formula === null ? null : `${formula}${weight}`;
}

/** "L8:L9" for consecutive rows, "L128,L131" otherwise. */
function ranges(rows: number[], col: number): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0] as number;
  for (let i = 1; i <= sorted.length; i++) {
    const current = sorted[i];
    const previous = sorted[i - 1] as number;
    if (current === previous + 1) continue;
    parts.push(
      start === previous
        ? cellName(start, col)
        : `${columnLetters(col)}${start + 1}:${columnLetters(col)}${previous + 1}`,
    );
    if (current !== undefined) start = current;
  }
  return parts.join(',');
}

const round = (value: number): number => Math.round(value * 1e9) / 1e9;
