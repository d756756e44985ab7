import type { AnswerType } from '../template/answer-type';
import type { ValidationRule } from './sheet-plan';

/**
 * The check Excel applies to an answer cell of a type, as the official workbooks do: a dropdown of the
 * option keys for choices, a whole number ≥ 0 for `Jumlah`, a decimal within the scale for survey
 * values and percentages.
 */
export function validationFor(type: AnswerType): ValidationRule {
  switch (type.kind) {
    case 'choice':
      return { kind: 'list', options: type.options.map((o) => o.key) };
    case 'count':
      return type.integer ? { kind: 'whole', min: 0 } : { kind: 'decimal', min: 0, max: 1e15 };
    case 'number':
      return { kind: 'decimal', min: type.min, max: type.max };
  }
}
