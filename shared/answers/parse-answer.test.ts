import { describe, expect, it } from 'vitest';
import { ANSWER_TYPES } from '../../test/support/small-templates';
import type { AnswerType } from '../template/answer-type';
import { parseAnswer } from './parse-answer';

const type = (label: string): AnswerType => ANSWER_TYPES.find((t) => t.label === label) as AnswerType;

describe('parseAnswer', () => {
  it('accepts option keys in any case and stores them as the template spells them', () => {
    expect(parseAnswer(type('Ya/Tidak'), 'ya')).toEqual({ ok: true, value: 'Ya' });
    expect(parseAnswer(type('A/B/C/D/E'), ' e ')).toEqual({ ok: true, value: 'E' });
  });

  it('refuses an answer outside the options and lists them', () => {
    expect(parseAnswer(type('A/B/C'), 'D')).toEqual({
      ok: false,
      problems: [{ code: 'answer.notAnOption', params: { answer: 'D', options: 'A, B, C' } }],
    });
  });

  it('reads survey values with a decimal comma and keeps them within the scale', () => {
    expect(parseAnswer(type('Nilai (0-4)'), '3,62')).toEqual({ ok: true, value: 3.62 });
    const tooHigh = parseAnswer(type('Nilai (0-4)'), '4,5');
    expect(tooHigh.ok ? null : tooHigh.problems[0]?.code).toBe('answer.outOfRange');
  });

  it('wants whole, non-negative counts for Jumlah', () => {
    expect(parseAnswer(type('Jumlah'), '1.234')).toEqual({ ok: true, value: 1234 });
    const negative = parseAnswer(type('Jumlah'), -1);
    expect(negative.ok ? null : negative.problems[0]?.code).toBe('answer.negative');
    const fraction = parseAnswer(type('Jumlah'), '2,5');
    expect(fraction.ok ? null : fraction.problems[0]?.code).toBe('answer.notWhole');
  });

  it('treats empty text as no answer', () => {
    expect(parseAnswer(type('A/B/C'), '  ')).toEqual({ ok: true, value: null });
  });
});
