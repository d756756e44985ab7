import type { AnswerValue } from '../template/answer-type';
import type { Derivation } from '../template/template-schema';

const sumOf = (ids: string[], answers: ReadonlyMap<string, AnswerValue>): number =>
  ids.reduce((sum, id) => sum + Number(answers.get(id) ?? 0), 0);

/**
 * The share (0..1) of a ratio indicator derived from `Jumlah` inputs, or null while a required input is
 * unanswered. A zero denominator never divides: it takes the template's declared value.
 */
export function deriveShare(derive: Derivation, answers: ReadonlyMap<string, AnswerValue>): number | null {
  if (derive.requires.some((id) => typeof answers.get(id) !== 'number')) return null;
  const numerator = sumOf(derive.numerator, answers) - sumOf(derive.subtract, answers);
  const denominator = sumOf(derive.denominator, answers);
  let ratio: number;
  if (denominator === 0) {
    const allZero = [...derive.numerator, ...derive.subtract].every(
      (id) => Number(answers.get(id) ?? 0) === 0,
    );
    ratio = allZero && derive.onAllZero !== undefined ? derive.onAllZero : derive.onZeroDenominator;
  } else {
    ratio = Math.min(derive.max, Math.max(derive.min, numerator / denominator));
  }
  return derive.max === 0 ? 0 : ratio / derive.max;
}
