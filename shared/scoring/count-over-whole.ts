import type { AnswerRecord } from '../records/answer-record';
import type { Problem } from '../problem';
import { formatNumber } from '../format/number';
import type { TemplateIndex } from '../template/template-index';
import type { Indicator } from '../template/template-schema';

/** One side of a ratio: the inputs it adds up (their titles) and their sum. */
export interface CountSide {
  label: string;
  value: number;
}

/**
 * A `%` row derived from `Jumlah` inputs whose part counts more than its whole ("selesai 40" of "harus
 * 10"): almost always a typing error, which the ratio's cap (at most 100%) would otherwise hide. The score
 * stays as the workbook and the regulation compute it; this only says so.
 */
export interface CountOverWhole {
  indicatorId: string;
  part: CountSide;
  whole: CountSide;
}

/**
 * Whether the indicator's part exceeds its whole, once every count it needs is typed: (Σ numerator −
 * Σ subtract) > Σ denominator × max. A whole of 0 with a part above 0 exceeds it too.
 */
export function countOverWhole(
  indicator: Indicator,
  answerOf: (id: string) => unknown,
): CountOverWhole | null {
  const derive = indicator.derive;
  if (!derive) return null;
  if (derive.requires.some((id) => typeof answerOf(id) !== 'number')) return null;
  const sum = (ids: readonly string[]) => ids.reduce((s, id) => s + Number(answerOf(id) ?? 0), 0);
  const part = sum(derive.numerator) - sum(derive.subtract);
  const whole = sum(derive.denominator);
  if (!(part > whole * derive.max)) return null;
  const titles = new Map((indicator.inputs ?? []).map((input) => [input.id, input.title]));
  const label = (ids: readonly string[]) => ids.map((id) => titles.get(id) ?? id).join(' + ');
  const partLabel = derive.subtract.length
    ? `${label(derive.numerator)} − ${label(derive.subtract)}`
    : label(derive.numerator);
  return {
    indicatorId: indicator.id,
    part: { label: partLabel, value: part },
    whole: { label: label(derive.denominator), value: whole },
  };
}

/** A count as typed: whole numbers without decimals, the Indonesian way. */
const countText = (value: number): string => formatNumber(value, Number.isInteger(value) ? 0 : 2);

/** The problem a user is told (an edit's notice, `rbw set`, the grid's cell): both counts named. */
export function countOverWholeProblem(over: CountOverWhole, file?: string): Problem {
  return {
    code: 'counts.overWhole',
    params: {
      part: over.part.label,
      partCount: countText(over.part.value),
      whole: over.whole.label,
      wholeCount: countText(over.whole.value),
    },
    where: { ...(file === undefined ? {} : { file }), field: over.indicatorId },
  };
}

/** The derived rows whose inputs `itemIds` touch and whose part now exceeds its whole. */
export function countsOverWhole(
  index: TemplateIndex,
  records: ReadonlyMap<string, AnswerRecord>,
  itemIds: Iterable<string>,
): CountOverWhole[] {
  const indicators = new Set<Indicator>();
  for (const id of itemIds) {
    const answerable = index.answerables.get(id);
    if (answerable?.kind === 'input') indicators.add(answerable.indicator);
  }
  return [...indicators].flatMap((indicator) => {
    const over = countOverWhole(indicator, (id) => records.get(id)?.answer);
    return over ? [over] : [];
  });
}
