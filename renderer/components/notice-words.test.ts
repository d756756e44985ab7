import { describe, expect, it } from 'vitest';
import { index } from '../../test/support/zi-index';
import { withQuestionTitles } from './notice-words';

describe('messages naming questions', () => {
  it('name the question by its number and title, and the field in words', () => {
    const title = index.indicators.get('A.I.1.i.a')?.title as string;
    const line = withQuestionTitles('A.I.1.i.a.answer: jawaban "Z" bukan pilihan', index, (f) =>
      f === 'answer' ? 'Jawaban' : null,
    );
    expect(line).toBe(
      `A.I.1.i.a "${title.slice(0, 69)}${title.length > 70 ? '…' : ''}" (Jawaban): jawaban "Z" bukan pilihan`,
    );
  });

  it('leave other text alone', () => {
    expect(withQuestionTitles('berkas X.Y tidak ada', index, () => 'x')).toBe('berkas X.Y tidak ada');
  });
});
