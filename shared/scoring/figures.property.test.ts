import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindOf } from '../answers/kinds';
import { builtinTemplate } from '../builtin-templates';
import { seededRandom } from '../random';
import type { AnswerValue } from '../template/answer-type';
import type { TemplateIndex } from '../template/template-index';
import { indexTemplate } from '../template/template-index';
import { applyScoreUpdate, pathUpdate, sentFigures } from './score-update';
import { Scorer } from './scorer';
import { summarize } from './summarize';

interface Edit {
  at: number;
  what: 'blank' | 'zero' | 'answer';
  seed: number;
}

/** An edit: which item (by its place in the template), and a blank, a zero count or a random answer of its kind. */
const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  what: fc.constantFrom<Edit['what'][]>('blank', 'zero', 'answer', 'answer', 'answer'),
  seed: fc.integer(),
});

function answerOf(index: TemplateIndex, edit: Edit): [string, AnswerValue | null] {
  const item = index.answerableOrder[
    edit.at % index.answerableOrder.length
  ] as (typeof index.answerableOrder)[0];
  if (edit.what === 'blank') return [item.id, null];
  if (edit.what === 'zero' && item.type.kind === 'count') return [item.id, 0];
  return [item.id, kindOf(item.type).trialAnswer(item.type, seededRandom(edit.seed))];
}

describe.each([
  ['zi-2021', undefined],
  ['zi-2021', 'zero'],
  ['pmprb-2015-pusat', undefined],
] as const)('the figures of %s (unanswered: %s) after each edit', (id, unanswered) => {
  const index = indexTemplate(builtinTemplate(id) ?? (undefined as never));
  const options = unanswered ? { unanswered } : {};

  it('are, update after update, what summarizing the same answers afresh gives', () => {
    fc.assert(
      fc.property(fc.array(editArbitrary, { minLength: 1, maxLength: 25 }), (edits) => {
        const live = new Scorer(index, options);
        let shown = summarize(live, { gains: 0 });
        let sent = sentFigures(shown);
        const answers = new Map<string, AnswerValue | null>();
        for (const edit of edits) {
          const [itemId, value] = answerOf(index, edit);
          live.setAnswer(itemId, value);
          answers.set(itemId, value);
          const tracked = pathUpdate(live, [itemId], sent);
          shown = applyScoreUpdate(shown, tracked.update);
          sent = tracked.sent;
          const fresh = new Scorer(index, options);
          fresh.setAnswers(answers);
          expect(shown).toEqual(summarize(fresh, { gains: 0 }));
        }
      }),
      { numRuns: 40, seed: 23 },
    );
  });
});
