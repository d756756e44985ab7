import { answerShare, maxOptionValue } from '../template/answer-type';
import type { AnswerType } from '../template/answer-type';
import type { Group, Indicator } from '../template/template-schema';
import { cellName, columnLetters } from './cell-address';
import type { ColumnMap } from './layout';

/**
 * The formula the regulation's rule gives a node, written in the workbook's own columns: what
 * `rbw inspect` shows beside the workbook's formula, and what is put in its place to measure the effect
 * of a difference on the total.
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

/** The value-cell formula of a question: its option values, or its answer on the scale, times its weight. */
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
    return `IF(${answer}="","Blm Diisi",MIN(${max},MAX(${min},${answer})))${weight}`;
  }
  switch (type.kind) {
    case 'choice': {
      const scale = indicator.weight === undefined ? maxOptionValue(type) : 1;
      const chain = type.options.reduceRight(
        (rest, option) =>
          `IF(${answer}="${option.key}",${round((answerShare(type, option.key) ?? 0) * scale)},${rest})`,
        '"Blm Diisi"',
      );
      return `${chain}${weight}`;
    }
    case 'number': {
      const shifted = type.min === 0 ? answer : `(${answer}-${type.min})`;
      return `IF(${answer}="","Blm Diisi",${shifted}/${type.max - type.min})${weight}`;
    }
    case 'count':
      return null;
  }
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
