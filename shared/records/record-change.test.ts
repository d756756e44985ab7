import { describe, expect, it } from 'vitest';
import { index as zi } from '../../test/support/zi-index';
import type { AnswerRecord } from './answer-record';
import { EMPTY_RECORD } from './answer-record';
import { applyChanges } from './apply-changes';
import { EMPTY_METADATA } from './document-metadata';
import { diffRecords } from './diff-records';
import type { Change } from './record-change';
import { invertChanges } from './record-change';

const before = new Map<string, AnswerRecord>([
  ['A.I.1.i.a', { ...EMPTY_RECORD, answer: 'Ya', note: 'catatan' }],
  ['A.I.1.i.b', { ...EMPTY_RECORD, answer: 'B' }],
]);
const changes: Change[] = [
  { itemId: 'A.I.1.i.a', field: 'answer', before: 'Ya', after: 'Tidak' },
  { itemId: 'A.I.1.i.a', field: 'evidence', before: [], after: [{ url: 'https://x.example' }] },
  { itemId: 'A.I.1.ii.a', field: 'answer', before: null, after: 'Ya' },
  { itemId: null, field: 'metadata', before: EMPTY_METADATA, after: { ...EMPTY_METADATA, year: 2026 } },
];

describe('applying and inverting changes', () => {
  it('produces the new records of the items touched and the new metadata', () => {
    const applied = applyChanges({ records: before, metadata: EMPTY_METADATA }, changes);
    expect([...applied.records]).toEqual([
      [
        'A.I.1.i.a',
        { ...EMPTY_RECORD, answer: 'Tidak', note: 'catatan', evidence: [{ url: 'https://x.example' }] },
      ],
      ['A.I.1.ii.a', { ...EMPTY_RECORD, answer: 'Ya' }],
    ]);
    expect(applied.metadata.year).toBe(2026);
    expect(before.get('A.I.1.i.a')?.answer).toBe('Ya');
  });

  it('gets back exactly where it started when the inverse is applied', () => {
    const after = applyChanges({ records: before, metadata: EMPTY_METADATA }, changes);
    const merged = new Map([...before, ...after.records]);
    const back = applyChanges({ records: merged, metadata: after.metadata }, invertChanges(changes));
    const restored = new Map([...merged, ...back.records]);
    expect(diffRecords(zi, before, restored)).toEqual([]);
    expect(back.metadata).toEqual(EMPTY_METADATA);
  });

  it('lists the fields that differ between two sets of records in document order', () => {
    const other = new Map(before);
    other.set('A.I.1.i.b', { ...EMPTY_RECORD, answer: 'A', status: 'selesai' });
    other.set('A.I.1.i.a', { ...EMPTY_RECORD, answer: 'Ya', note: 'catatan' });
    other.set('B.I.a', { ...EMPTY_RECORD, answer: 3.62 });
    expect(diffRecords(zi, before, other)).toEqual([
      { itemId: 'A.I.1.i.b', field: 'answer', before: 'B', after: 'A' },
      { itemId: 'A.I.1.i.b', field: 'status', before: null, after: 'selesai' },
      { itemId: 'B.I.a', field: 'answer', before: null, after: 3.62 },
    ]);
  });
});
