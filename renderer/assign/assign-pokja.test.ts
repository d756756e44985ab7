import { describe, expect, it } from 'vitest';
import { EMPTY_RECORD } from '../../shared/records/answer-record';
import { index } from '../../test/support/zi-index';
import { planPokjaAssignment, questionsUnder } from './assign-pokja';

describe('assigning an area to a pokja', () => {
  it('covers every question of the area, the derived ones too, and none of their inputs', () => {
    // Area A.I.1 (Manajemen Perubahan) of ZI 2021 has 12 questions, counted in the regulation's LKE.
    expect(questionsUnder(index, 'A.I.1')).toHaveLength(12);
    expect(questionsUnder(index, 'A.I.1.ii')).toEqual(['A.I.1.ii.a', 'A.I.1.ii.b', 'A.I.1.ii.c']);
    const inputs = [...index.answerables.values()].filter((a) => a.kind === 'input').map((a) => a.id);
    expect(questionsUnder(index, 'ROOT').some((id) => inputs.includes(id))).toBe(false);
  });

  it('sends only the questions that belong to another pokja or to none, trimmed', () => {
    const records = new Map([
      ['A.I.1.ii.a', { ...EMPTY_RECORD, pokja: 'Pokja MP' }],
      ['A.I.1.ii.b', { ...EMPTY_RECORD, pokja: 'Pokja Lain' }],
    ]);
    const plan = planPokjaAssignment(index, 'A.I.1.ii', records, '  Pokja MP ');
    expect(plan.edits).toEqual([
      { itemId: 'A.I.1.ii.b', field: 'pokja', text: 'Pokja MP', line: 1 },
      { itemId: 'A.I.1.ii.c', field: 'pokja', text: 'Pokja MP', line: 2 },
    ]);
    expect(plan).toMatchObject({ questions: 3, unchanged: 1 });
  });

  it('has nothing to do under a node that is not a group', () => {
    expect(planPokjaAssignment(index, 'A.I.1.ii.a', new Map(), 'Pokja MP')).toEqual({
      edits: [],
      questions: 0,
      unchanged: 0,
    });
  });
});
