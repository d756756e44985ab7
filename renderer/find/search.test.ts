import { describe, expect, it } from 'vitest';
import { EMPTY_RECORD } from '../../shared/records/answer-record';
import { index } from '../../test/support/zi-index';
import { findQuestions } from './search';

describe('finding questions', () => {
  const records = new Map([
    ['A.I.1.i.b', { ...EMPTY_RECORD, note: 'SK tim terbit Maret' }],
    [
      'A.I.2.i.a',
      { ...EMPTY_RECORD, evidence: [{ text: 'Notulen rapat', url: 'https://contoh.example/sop' }] },
    ],
  ]);

  it('finds a note, an evidence link and a title, whatever the case', () => {
    expect(findQuestions(index, records, 'terbit maret').map((h) => [h.id, h.field])).toEqual([
      ['A.I.1.i.b', 'note'],
    ]);
    expect(findQuestions(index, records, 'CONTOH.example').map((h) => h.id)).toEqual(['A.I.2.i.a']);
    const titles = findQuestions(index, records, 'agen perubahan');
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((h) => h.field === 'title' && /agen perubahan/i.test(h.title))).toBe(true);
  });

  it('finds a question by its code and nothing for an empty text', () => {
    expect(findQuestions(index, records, 'A.II.1.iii.a')[0]?.id).toBe('A.II.1.iii.a');
    expect(findQuestions(index, records, '  ')).toEqual([]);
  });
});
