import { describe, expect, it } from 'vitest';
import { orderColumns } from './grid-views';

const ALL = ['code', 'title', 'type', 'answer', 'value', 'weight', 'note', 'evidence'];
const ALL_WITH_REVIEW = [...ALL, 'reviewerAnswer', 'reviewerValue', 'reviewerNote', 'pokja', 'status'];

describe('the views of the grid', () => {
  it("puts the evaluator's answer right after the unit's answer and value", () => {
    const shown = orderColumns(ALL_WITH_REVIEW, 'reviewer', { hidden: [], shown: [] })
      .filter((c) => !c.hide)
      .map((c) => c.id);
    expect(shown.slice(0, 6)).toEqual([
      'code',
      'title',
      'answer',
      'value',
      'reviewerAnswer',
      'reviewerValue',
    ]);
    expect(shown).not.toContain('pokja');
  });

  it('hides what the user hid and shows what the user added, never the code or the question', () => {
    const columns = orderColumns(ALL_WITH_REVIEW, 'pokja', {
      hidden: ['evidence', 'code'],
      shown: ['reviewerAnswer'],
    });
    const hidden = columns.filter((c) => c.hide).map((c) => c.id);
    expect(hidden).toContain('evidence');
    expect(hidden).not.toContain('code');
    expect(hidden).not.toContain('reviewerAnswer');
    expect(hidden).toContain('reviewerNote');
  });
});
