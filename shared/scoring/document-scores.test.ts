import { describe, expect, it } from 'vitest';
import { EMPTY_RECORD } from '../records/answer-record';
import type { AnswerRecord } from '../records/answer-record';
import { seededRandom } from '../random';
import { index } from '../../test/support/zi-index';
import { DocumentScores } from './document-scores';
import { applyScoreUpdate } from './score-update';
import { Scorer } from './scorer';
import { summarize } from './summarize';

describe('the scores of a document', () => {
  it('scores the unit and the reviewer separately and reports the nodes an answer moved', () => {
    const scores = new DocumentScores(
      index,
      new Map([['A.I.1.i.a', { ...EMPTY_RECORD, answer: 'Ya', reviewerAnswer: 'Tidak' }]]),
    );
    scores.summaries(0);
    expect(scores.unit.total()).toBeCloseTo(0.5, 12);
    expect(scores.reviewer.total()).toBe(0);
    // B on A/B/C is worth 0,5: the sub-area (weight 0,5) averages 1 and 0,5 → 0,375.
    const update = scores.apply([{ itemId: 'A.I.1.i.b', field: 'answer', before: null, after: 'B' }]);
    expect(update.rule).toBe('standard');
    expect(update.standard).toBeNull();
    expect(update.unit.total).toBeCloseTo(0.375, 12);
    expect(update.unit.nodes.map((n) => n.id).sort()).toEqual([
      'A',
      'A.I',
      'A.I.1',
      'A.I.1.i',
      'A.I.1.i.b',
      'ROOT',
    ]);
    expect(update.unit.nodes.find((n) => n.id === 'A.I.1.i')).toMatchObject({ answered: 2, questions: 2 });
    expect(update.reviewer.nodes).toEqual([]);
    expect(update.unit.category).toBe('D');
  });

  it('rescores a derived % row when one of its Jumlah inputs changes', () => {
    // A.II.1.i.a = changes made (input .2) ÷ agents of change (input .1): 3 changes by 4 agents = 0,75.
    const scores = new DocumentScores(index, new Map([['A.II.1.i.a.1', { ...EMPTY_RECORD, answer: 4 }]]));
    const update = scores.apply([{ itemId: 'A.II.1.i.a.2', field: 'answer', before: null, after: 3 }]);
    expect(update.unit.nodes.find((n) => n.id === 'A.II.1.i.a')?.share).toBeCloseTo(0.75, 12);
  });

  it('leads with another rule once it is given one, the regulation beside it', () => {
    const scores = new DocumentScores(index, new Map([['A.I.1.i.a', { ...EMPTY_RECORD, answer: 'Ya' }]]));
    // A stand-in for the workbook's formulas: every sub-area averaging unanswered rows as 0.
    const zero = new Scorer(index, { unanswered: 'zero' });
    zero.setAnswers([['A.I.1.i.a', 'Ya']]);
    scores.leadWith(zero);
    const view = scores.summaries(5);
    expect(view.rule).toBe('workbook');
    expect(view.unit.total).toBeCloseTo(0.25, 12);
    expect(view.standard?.total).toBeCloseTo(0.5, 12);
    const update = scores.apply([{ itemId: 'A.I.1.i.b', field: 'answer', before: null, after: 'A' }]);
    expect(update.unit.total).toBeCloseTo(0.5, 12);
    expect(update.standard?.total).toBeCloseTo(0.5, 12);
    expect(scores.gains(1)[0]?.gain).toBeGreaterThan(0);
  });

  it('updates that the screen applies give what a fresh scoring gives, edit after edit', () => {
    const random = seededRandom(13);
    const records = new Map<string, AnswerRecord>();
    const scores = new DocumentScores(index, records);
    let shown = scores.summaries(0);
    const answerables = [...index.answerables.values()];
    for (let i = 0; i < 200; i++) {
      const target = answerables[Math.floor(random() * answerables.length)];
      if (!target) continue;
      const type = target.type;
      const after =
        random() < 0.15
          ? null
          : type.kind === 'choice'
            ? (type.options[Math.floor(random() * type.options.length)]?.key ?? null)
            : type.kind === 'number'
              ? type.min + random() * (type.max - type.min)
              : Math.floor(random() * 20);
      const field = random() < 0.3 ? 'reviewerAnswer' : 'answer';
      const before = records.get(target.id) ?? EMPTY_RECORD;
      records.set(target.id, { ...before, [field]: after });
      const update = scores.apply([{ itemId: target.id, field, before: before[field], after }]);
      shown = {
        ...shown,
        unit: applyScoreUpdate(shown.unit, update.unit),
        reviewer: applyScoreUpdate(shown.reviewer, update.reviewer),
      };
    }
    const fresh = new DocumentScores(index, records).summaries(0);
    expect(shown.unit).toEqual(fresh.unit);
    expect(shown.reviewer).toEqual(fresh.reviewer);
    expect(shown.unit.total).toEqual(summarize(new DocumentScores(index, records).unit).total);
  });
});
