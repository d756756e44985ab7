import { seededRandom } from '../../shared/random';
import { kindOf } from '../../shared/answers/kinds';
import type { AnswerType } from '../../shared/template/answer-type';
import type { TemplateIndex } from '../../shared/template/template-index';

/** A deterministic random source, so every run edits the same way. */
export const random = seededRandom;

/** A valid answer for a type, already in the form the document stores (option key as spelled, number). */
export function someAnswer(type: AnswerType, rnd: () => number): string | number {
  switch (type.kind) {
    case 'choice':
      return type.options[Math.floor(rnd() * type.options.length)]?.key ?? '';
    case 'count':
      return Math.floor(rnd() * 20);
    case 'number':
      return Math.round((type.min + rnd() * (type.max - type.min)) * 100) / 100;
    default:
      return kindOf(type).trialAnswer(type, rnd);
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

/** What operation number `op` of a crash-test stream is: edits, with undo and redo mixed in. */
export const CYCLE = ['edit', 'edit', 'undo', 'undo', 'redo', 'edit'] as const;
export const operationOf = (op: number) => CYCLE[op % CYCLE.length] as (typeof CYCLE)[number];

type ModelState = Map<string, Record<string, string | number>>;

/**
 * The state after the first `count` operations, worked out without the code under test: edits set
 * fields (last wins), undo and redo move along a plain stack of whole states.
 */
export function expectedState(index: TemplateIndex, count: number): ModelState {
  const states: ModelState[] = [new Map()];
  let at = 0;
  for (let op = 0; op < count; op++) {
    const kind = operationOf(op);
    if (kind === 'undo') at--;
    else if (kind === 'redo') at++;
    else {
      const next: ModelState = new Map([...(states[at] as ModelState)].map(([k, v]) => [k, { ...v }]));
      for (const edit of editsOfStep(index, op))
        next.set(edit.itemId, { ...next.get(edit.itemId), [edit.field]: edit.value });
      states.splice(at + 1, Infinity, next);
      at++;
    }
  }
  return states[at] as ModelState;
}
