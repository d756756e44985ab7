import { seededRandom } from '../random';
import type { AnswerValue } from '../template/answer-type';
import type { TemplateIndex } from '../template/template-index';

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
    const type = answerable.type;
    if (type.kind === 'count') answers.set(answerable.id, 1 + Math.floor(random() * 20));
    else if (answerable.kind === 'indicator' && random() < 0.1) answers.set(answerable.id, null);
    else if (type.kind === 'choice')
      answers.set(
        answerable.id,
        (type.options[Math.floor(random() * type.options.length)] as { key: string }).key,
      );
    else answers.set(answerable.id, Math.round((type.min + random() * (type.max - type.min)) * 100) / 100);
  }
  return answers;
}
