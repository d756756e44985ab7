import type { AnswerType } from '../../shared/template/answer-type';
import type { TemplateIndex } from '../../shared/template/template-index';

/** A small deterministic random generator (mulberry32), so every run edits the same way. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid raw answer for a type, as a user would type it. */
export function someAnswer(type: AnswerType, rnd: () => number): string | number {
  switch (type.kind) {
    case 'choice':
      return type.options[Math.floor(rnd() * type.options.length)]?.key ?? '';
    case 'count':
      return Math.floor(rnd() * 20);
    case 'number':
      return String(Math.round((type.min + rnd() * (type.max - type.min)) * 100) / 100).replace('.', ',');
  }
}

export interface StreamEdit {
  itemId: string;
  field: 'answer' | 'note' | 'reviewerAnswer' | 'status';
  value: string | number;
}

/**
 * The edits of step `step` of a long editing session: one to five items, each an answer, a reviewer
 * answer or a status, and always a note naming the step so that every step changes something.
 */
export function editsOfStep(index: TemplateIndex, step: number): StreamEdit[] {
  const rnd = random(step + 1);
  const items = index.answerableOrder;
  const count = 1 + Math.floor(rnd() * 5);
  const edits: StreamEdit[] = [];
  for (let i = 0; i < count; i++) {
    const item = items[Math.floor(rnd() * items.length)];
    if (!item) continue;
    const pick = rnd();
    if (pick < 0.6) edits.push({ itemId: item.id, field: 'answer', value: someAnswer(item.type, rnd) });
    else if (pick < 0.8)
      edits.push({ itemId: item.id, field: 'reviewerAnswer', value: someAnswer(item.type, rnd) });
    else
      edits.push({
        itemId: item.id,
        field: 'status',
        value: ['belum', 'proses', 'selesai'][step % 3] as string,
      });
  }
  const noted = items[step % items.length];
  if (noted) edits.push({ itemId: noted.id, field: 'note', value: `langkah ${step}` });
  return edits;
}
