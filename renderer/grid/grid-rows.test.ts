import { describe, expect, it } from 'vitest';
import { EMPTY_RECORD } from '../../shared/records/answer-record';
import { DocumentScores } from '../../shared/scoring/document-scores';
import { applyScoreUpdate } from '../../shared/scoring/score-update';
import { index } from '../../test/support/zi-index';
import { gridRows, NO_FILTERS, reuseRows } from './grid-rows';

describe('the grid rows after an edit', () => {
  it('keep every row the edit did not touch as the same object, so the grid redraws only the others', () => {
    const records = new Map([['A.I.1.i.a', { ...EMPTY_RECORD, answer: 'Ya' }]]);
    const scores = new DocumentScores(index, records);
    const shown = scores.summaries(0);
    const before = gridRows(index, 'A.I', records, shown.unit, shown.reviewer);
    // The service saves B for A.I.1.i.b and sends the new scores; the screen applies them.
    const record = { ...EMPTY_RECORD, answer: 'B' };
    const after = new Map(records).set('A.I.1.i.b', record);
    const update = scores.apply([{ itemId: 'A.I.1.i.b', field: 'answer', before: null, after: 'B' }]);
    const next = reuseRows(
      before,
      gridRows(index, 'A.I', after, applyScoreUpdate(shown.unit, update.unit), shown.reviewer),
    );
    const redrawn = next.filter((row, i) => row !== before[i]).map((row) => row.id);
    // The row itself and the headings whose value moved: its sub-area and its area (A.I, the node
    // chosen in the tree, has no heading row of its own).
    expect(redrawn).toEqual(['A.I.1', 'A.I.1.i', 'A.I.1.i.b']);
    expect(next).toHaveLength(before.length);
  });
});

describe('the "unanswered" filter', () => {
  it('keeps a question without an answer and drops an answered one, whatever value it has', () => {
    const records = new Map([['A.I.1.i.a', { ...EMPTY_RECORD, answer: 'Ya' }]]);
    const shown = new DocumentScores(index, records).summaries(0);
    // A workbook's own formulas may leave an answered question without a value of its own.
    const unit = {
      ...shown.unit,
      nodes: shown.unit.nodes.map((n) => (n.id === 'A.I.1.i.a' ? { ...n, value: null } : n)),
    };
    const ids = gridRows(index, 'A.I.1.i', records, unit, shown.reviewer, {
      ...NO_FILTERS,
      unanswered: true,
    }).map((r) => r.id);
    expect(ids).not.toContain('A.I.1.i.a');
    expect(ids).toContain('A.I.1.i.b');
  });
});
