import type { AnswerValue } from '../../shared/template/answer-type';
import type { TemplateIndex } from '../../shared/template/template-index';
import { random, someAnswer } from '../../test/documents/edit-stream';

export interface AnswerEdit {
  itemId: string;
  value: AnswerValue;
}

/**
 * `count` answer edits spread over a template's questions and `Jumlah` inputs, each a valid answer of
 * its type, the same on every run (seeded). `accept` can leave out items (e.g. computed workbook cells).
 */
export function answerEdits(
  index: TemplateIndex,
  count: number,
  seed = 42,
  accept: (itemId: string) => boolean = () => true,
): AnswerEdit[] {
  const rnd = random(seed);
  const items = index.answerableOrder.filter((a) => accept(a.id));
  const edits: AnswerEdit[] = [];
  for (let i = 0; i < count; i++) {
    const item = items[Math.floor(rnd() * items.length)];
    if (item) edits.push({ itemId: item.id, value: someAnswer(item.type, rnd) });
  }
  return edits;
}
