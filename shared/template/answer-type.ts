import type { AnswerType } from '../answers/kinds';
import { kindOf } from '../answers/kinds';
import type { AnswerValue } from '../answers/kinds/spec';

// The answer types live with their kinds (shared/answers/kinds/): one file per kind.
export type { AnswerKind, AnswerType } from '../answers/kinds';
export { AnswerTypeSchema } from '../answers/kinds';
export type { AnswerValue } from '../answers/kinds/spec';
export type { ChoiceOption, ChoiceType } from '../answers/kinds/choice';
export { ChoiceOptionSchema, ChoiceTypeSchema, maxOptionValue } from '../answers/kinds/choice';
export type { CountType } from '../answers/kinds/count';
export { CountTypeSchema } from '../answers/kinds/count';
export type { NumberType } from '../answers/kinds/number';
export { NumberTypeSchema } from '../answers/kinds/number';

/**
 * The share (0..1) of its best outcome that an answer is worth, before weights and gates.
 * Counts are not scored and give null; so does an answer that does not fit the type.
 */
export function answerShare(type: AnswerType, answer: AnswerValue): number | null {
  return kindOf(type).share(type, answer);
}

/** The answer that gives the highest share: what "reaching its best answer" means for an indicator. */
export function bestAnswer(type: AnswerType): AnswerValue | null {
  return kindOf(type).best(type);
}
