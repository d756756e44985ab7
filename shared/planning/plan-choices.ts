import { kindOf } from '../answers/kinds';
import type { Choice } from '../answers/kinds/spec';
import type { AnswerType, AnswerValue } from '../template/answer-type';

export type { Choice } from '../answers/kinds/spec';

/**
 * The answers a question may be raised to, each with its effort: `perStep` per option step from the
 * current answer (C→B = 1, C→A = 2 at 1 per step). An unanswered question stands one step below its
 * worst option (answering C costs 1). Options worth no more than the current answer are left out
 * (lowering an answer never helps, and clearing one to game an average is not a plan); options with
 * the same value keep the first. A number on a scale steps by a twentieth of the scale; a count has none.
 */
export function choicesFor(type: AnswerType, current: AnswerValue | null, perStep: number): Choice[] {
  return kindOf(type).choices(type, current, perStep);
}
