import { describe, expect, it } from 'vitest';
import { builtinTemplate } from '../builtin-templates';
import type { AnswerValue } from '../template/answer-type';
import { indexTemplate } from '../template/template-index';
import { seededRandom } from '../random';
import { kindOf } from '../answers/kinds';
import { Scorer } from './scorer';

describe.each(['zi-2021', 'zi-2026'])('incremental rescoring of %s', (id) => {
  const index = indexTemplate(builtinTemplate(id) ?? (undefined as never));

  it('after each of 400 random edits equals a full rescore of the same answers, node by node', () => {
    const next = seededRandom(2021);
    const live = new Scorer(index);
    const answers = new Map<string, AnswerValue | null>();
    for (let step = 0; step < 400; step++) {
      const item = index.answerableOrder[Math.floor(next() * index.answerableOrder.length)];
      if (!item) continue;
      let value: AnswerValue | null = null;
      if (next() > 0.15) {
        if (item.type.kind === 'choice')
          value = item.type.options[Math.floor(next() * item.type.options.length)]?.key ?? null;
        else if (item.type.kind === 'count') value = Math.floor(next() * 6);
        else if (item.type.kind === 'number') value = Math.round(next() * item.type.max * 100) / 100;
        else value = kindOf(item.type).trialAnswer(item.type, next);
      }
      live.setAnswer(item.id, value);
      answers.set(item.id, value);
      const fresh = new Scorer(index);
      fresh.setAnswers(answers);
      for (const nodeId of [...index.groups.keys(), ...index.indicators.keys()]) {
        expect(live.node(nodeId), `${nodeId} after step ${step}`).toEqual(fresh.node(nodeId));
      }
    }
  });
});
