import { kindOf } from '../answers/kinds';
import type { AnswerType } from '../template/answer-type';
import type { ValidationRule } from './sheet-plan';

/**
 * The check Excel applies to an answer cell of a type, as the official workbooks do: a dropdown of the
 * option keys for choices, a whole number ≥ 0 for `Jumlah`, a decimal within the scale for survey
 * values and percentages.
 */
export function validationFor(type: AnswerType): ValidationRule {
  return kindOf(type).validation(type);
}
