import type { AnswerValue } from '../../shared/template/answer-type';
import { bestAnswer } from '../../shared/template/answer-type';
import type { TemplateIndex } from '../../shared/template/template-index';

/**
 * Answers that give every indicator its full share: the best option or the top of the scale, and for
 * derived rows numerator inputs of 100 against denominator inputs of 1 (nothing subtracted).
 */
export function bestAnswers(index: TemplateIndex): Map<string, AnswerValue> {
  const answers = new Map<string, AnswerValue>();
  for (const answerable of index.answerableOrder) {
    if (answerable.kind === 'indicator') {
      const best = bestAnswer(answerable.type);
      if (best !== null) answers.set(answerable.id, best);
      continue;
    }
    const derive = answerable.indicator.derive;
    const role = derive?.numerator.includes(answerable.id)
      ? 100
      : derive?.denominator.includes(answerable.id)
        ? 1
        : 0;
    answers.set(answerable.id, role);
  }
  return answers;
}
