import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { bestAnswer } from '../template/answer-type';
import type { Template } from '../template/template-schema';
import { builtinTemplate } from '../builtin-templates';
import { rankGains } from './gains';
import { Scorer } from './scorer';

describe('where to gain points', () => {
  it('gives for every indicator what answering it best would add to the total, by rescoring it', () => {
    const template = builtinTemplate('zi-2021') as Template;
    const random = seededRandom(12);
    for (const policy of ['skip', 'zero'] as const) {
      const scorer = new Scorer(template, { unanswered: policy });
      // About two thirds answered at random, the rest left blank.
      for (const answerable of scorer.index.answerableOrder) {
        if (answerable.kind !== 'indicator' || random() < 0.33) continue;
        const type = answerable.type;
        const value =
          type.kind === 'choice'
            ? (type.options[Math.floor(random() * type.options.length)]?.key as string)
            : type.kind === 'number'
              ? type.min + random() * (type.max - type.min)
              : Math.floor(random() * 10);
        scorer.setAnswer(answerable.id, value);
      }
      const total = scorer.total();
      for (const gain of rankGains(scorer)) {
        const indicator = scorer.index.indicators.get(gain.id);
        const type = indicator && scorer.index.answerTypes.get(indicator.answerType);
        const best = type ? bestAnswer(type) : null;
        if (!indicator || indicator.derive || best === null) continue;
        const previous = scorer.answer(gain.id) ?? null;
        scorer.setAnswer(gain.id, best);
        expect(gain.gain).toBeCloseTo(scorer.total() - total, 9);
        scorer.setAnswer(gain.id, previous);
      }
    }
  });
});
