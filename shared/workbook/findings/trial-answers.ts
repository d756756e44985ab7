import { kindOf } from '../../answers/kinds';
import { seededRandom } from '../../random';
import type { AnswerValue } from '../../template/answer-type';
import type { TemplateIndex } from '../../template/template-index';

/**
 * Seeded answer sets used to compare the workbook's formulas with the standard rule beyond the current
 * answers: a formula that averages where it should add (or skips a row) may agree by chance on one set
 * of answers, rarely on several. Counts are at least 1 so that no ratio divides by zero, and some
 * questions are left blank to exercise "Blm Diisi".
 */
export function trialAnswers(index: TemplateIndex, seed: number): Map<string, AnswerValue | null> {
  const random = seededRandom(seed);
  const answers = new Map<string, AnswerValue | null>();
  for (const answerable of index.answerableOrder) {
    const spec = kindOf(answerable.type);
    if (spec.scored && answerable.kind === 'indicator' && random() < 0.1) answers.set(answerable.id, null);
    else answers.set(answerable.id, spec.trialAnswer(answerable.type, random));
  }
  return answers;
}
