import type { AnswerRecord } from '../../../shared/records/answer-record';
import { Scorer } from '../../../shared/scoring/scorer';
import type { AnswerValue } from '../../../shared/template/answer-type';
import type { TemplateIndex } from '../../../shared/template/template-index';
import type { CellResult } from '../../../shared/workbook/read/cell-result';

/** The answers given in a set of records (blank ones left out, as the scorer expects). */
export function answersOf(records: Record<string, AnswerRecord>): Map<string, AnswerValue> {
  const answers = new Map<string, AnswerValue>();
  for (const [id, record] of Object.entries(records))
    if (record.answer !== null) answers.set(id, record.answer);
  return answers;
}

/** The total of these answers by the regulation's rule. */
export function standardTotal(index: TemplateIndex, answers: Map<string, AnswerValue>): number {
  const scorer = new Scorer(index);
  scorer.setAnswers(answers);
  return scorer.total();
}

/** The error a cell shows (#DIV/0!, #REF!), if any. */
export function errorOf(result: CellResult): string | undefined {
  return typeof result === 'object' && result !== null ? result.error : undefined;
}
