import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../records/answer-record';
import { EMPTY_RECORD } from '../records/answer-record';
import { group, question, template } from '../../test/support/small-templates';
import { indexTemplate } from '../template/template-index';
import { carryRecords, isUnconfirmed } from './carry-records';

const current = indexTemplate(
  template(
    group('root', 'root', 100, 'sum', [
      group('S', 'sub-area', 10, 'average', [question('S.a', 'A/B/C'), question('S.b', 'Ya/Tidak')]),
    ]),
  ),
);
const record = (fields: Partial<AnswerRecord>): AnswerRecord => ({ ...EMPTY_RECORD, ...fields });

describe("last year's records as this year's first draft", () => {
  const last = new Map([
    [
      'x',
      record({ answer: 'B', note: 'SK terbit', pokja: 'Pokja 1', reviewerAnswer: 'C', status: 'selesai' }),
    ],
    [
      'y',
      record({
        answer: 'B',
        evidence: [
          { text: 'SK', url: 'https://contoh.example/sk' },
          { text: 'Foto', attachment: { id: 'f1', fileName: 'foto.jpg', size: 3 } },
        ],
      }),
    ],
  ]);
  const carried = carryRecords(
    [
      { from: 'x', to: 'S.a', how: 'code', confidence: 1 },
      { from: 'y', to: 'S.b', how: 'fuzzy', confidence: 0.9 },
    ],
    last,
    current,
  );

  it('carries answer, note, evidence links and pokja, not the reviewer, status or month', () => {
    expect(carried.records.get('S.a')).toEqual({
      answer: 'B',
      note: 'SK terbit',
      evidence: [],
      pokja: 'Pokja 1',
    });
  });

  it("drops an answer that is no answer of this year's question, and files stored in last year's document", () => {
    // B is no answer of a Ya/Tidak question: the link still travels, the file is only named.
    expect(carried.records.get('S.b')).toEqual({
      answer: null,
      note: null,
      evidence: [{ text: 'SK', url: 'https://contoh.example/sk' }],
      pokja: null,
    });
    expect(carried.dropped).toEqual([{ from: 'y', to: 'S.b', answer: 'B' }]);
    expect(carried.filesLeft).toEqual([{ to: 'S.b', fileName: 'foto.jpg' }]);
  });
});

describe('an answer carried from last year', () => {
  const carried = { record: { answer: 'B', note: 'SK terbit', evidence: [], pokja: null }, confirmed: false };

  it('is unconfirmed while it is as it was carried', () => {
    expect(isUnconfirmed(carried, record({ answer: 'B', note: 'SK terbit', reviewerAnswer: 'A' }))).toBe(
      true,
    );
  });
  it('is no longer once changed, confirmed, or for an item nothing was carried to', () => {
    expect(isUnconfirmed(carried, record({ answer: 'A', note: 'SK terbit' }))).toBe(false);
    expect(isUnconfirmed(carried, record({ answer: 'B', note: 'SK terbit diperbarui' }))).toBe(false);
    expect(isUnconfirmed({ ...carried, confirmed: true }, record({ answer: 'B', note: 'SK terbit' }))).toBe(
      false,
    );
    expect(isUnconfirmed(undefined, record({ answer: 'B' }))).toBe(false);
  });
});
