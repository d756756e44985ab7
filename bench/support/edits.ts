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
 * Given the `current` answers, every edit changes its item's answer (an unchanged answer saves nothing).
 */
export function answerEdits(
  index: TemplateIndex,
  count: number,
  seed = 42,
  accept: (itemId: string) => boolean = () => true,
  current?: Map<string, AnswerValue>,
): AnswerEdit[] {
  const rnd = random(seed);
  const items = index.answerableOrder.filter((a) => accept(a.id));
  const edits: AnswerEdit[] = [];
  while (edits.length < count) {
    const item = items[Math.floor(rnd() * items.length)];
    if (!item) break;
    const value = someAnswer(item.type, rnd);
    if (current && String(current.get(item.id)) === String(value)) continue;
    current?.set(item.id, value);
    edits.push({ itemId: item.id, value });
  }
  return edits;
}
