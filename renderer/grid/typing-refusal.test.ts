import { describe, expect, it } from 'vitest';
import { EMPTY_RECORD } from '../../shared/records/answer-record';
import type { GridRow, ItemRow } from './grid-rows';
import { typingRefusal } from './typing-refusal';

const item = (extra: Partial<ItemRow>): ItemRow => ({
  kind: 'indicator',
  id: 'A.II.1.i.a',
  code: 'a.',
  title: 'Persentase',
  depth: 4,
  answerTypeLabel: '%',
  type: undefined,
  editable: true,
  record: EMPTY_RECORD,
  value: null,
  reviewerValue: null,
  weight: null,
  optionTexts: undefined,
  guidance: undefined,
  ...extra,
});
const heading: GridRow = {
  kind: 'heading',
  id: 'A.I.1.ii',
  code: 'ii.',
  title: 'Rencana',
  depth: 3,
  value: 1,
  weight: 1,
  empty: false,
  answered: 3,
  questions: 3,
  reviewerValue: null,
  reviewed: 0,
};

describe('why a key typed on a cell changes nothing', () => {
  it('names a heading row: nothing is typed there', () => {
    expect(typingRefusal(heading, 'answer', 'Jawaban')).toEqual({
      messageKey: 'ui.typedOnHeading',
      params: { code: 'A.I.1.ii' },
    });
  });

  it('says a derived row’s answer ("150%") is computed from its Jumlah inputs', () => {
    expect(typingRefusal(item({ editable: false }), 'answer', 'Jawaban')).toEqual({
      messageKey: 'ui.typedOnComputed',
      params: { code: 'A.II.1.i.a', column: 'Jawaban' },
    });
  });

  it('says a computed column (Nilai) is computed, and a Jumlah row has no evidence', () => {
    expect(typingRefusal(item({}), 'value', 'Nilai')?.messageKey).toBe('ui.typedOnReadOnly');
    expect(typingRefusal(item({ kind: 'input' }), 'pokja', 'Pokja')?.messageKey).toBe('ui.typedOnInput');
    expect(typingRefusal(item({}), 'evidence', 'Bukti dukung')?.messageKey).toBe('ui.typedOnEvidence');
  });

  it('lets the grid open its editor where typing is taken', () => {
    expect(typingRefusal(item({}), 'answer', 'Jawaban')).toBeNull();
    expect(typingRefusal(item({ kind: 'input', editable: false }), 'note', 'Catatan')).toBeNull();
  });
});
