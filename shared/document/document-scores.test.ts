import { describe, expect, it } from 'vitest';
import { EMPTY_RECORD } from './answer-record';
import { DocumentScores } from './document-scores';
import { index } from './zi-index.fixture';

describe('the scores of a document', () => {
  it('scores the unit and the reviewer separately and reports the nodes an answer moved', () => {
    const scores = new DocumentScores(
      index,
      new Map([['A.I.1.i.a', { ...EMPTY_RECORD, answer: 'Ya', reviewerAnswer: 'Tidak' }]]),
    );
    expect(scores.unit.total()).toBeCloseTo(0.5, 12);
    expect(scores.reviewer.total()).toBe(0);
    // B on A/B/C is worth 0,5: the sub-area (weight 0,5) averages 1 and 0,5 → 0,375.
    const update = scores.apply([{ itemId: 'A.I.1.i.b', field: 'answer', before: null, after: 'B' }]);
    expect(update.unit.total).toBeCloseTo(0.375, 12);
    expect(update.unit.nodes.map((n) => n.id)).toEqual(['A.I.1.i.b', 'A.I.1.i', 'A.I.1', 'A.I', 'A', 'ROOT']);
    expect(update.reviewer.nodes).toEqual([]);
    expect(update.unit.category).toBe('D');
  });

  it('rescores a derived % row when one of its Jumlah inputs changes', () => {
    // A.II.1.i.a = changes made (input .2) ÷ agents of change (input .1): 3 changes by 4 agents = 0,75.
    const scores = new DocumentScores(index, new Map([['A.II.1.i.a.1', { ...EMPTY_RECORD, answer: 4 }]]));
    const update = scores.apply([{ itemId: 'A.II.1.i.a.2', field: 'answer', before: null, after: 3 }]);
    expect(update.unit.nodes.find((n) => n.id === 'A.II.1.i.a')?.share).toBeCloseTo(0.75, 12);
  });
});
