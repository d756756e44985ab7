import { describe, expect, it } from 'vitest';
import { readAnswer } from './labels';

describe('reading an answer cell', () => {
  it('reads numbers and the questionnaire labels of the scale', () => {
    expect(readAnswer(4, 4)).toEqual({ ok: true, value: 4 });
    expect(readAnswer('Sangat sesuai', 4)).toEqual({ ok: true, value: 4 });
    expect(readAnswer('Kurang mudah', 4)).toEqual({ ok: true, value: 2 });
    expect(readAnswer('Gratis', 4)).toEqual({ ok: true, value: 4 });
    expect(readAnswer('Sangat Tidak Sesuai', 6)).toEqual({ ok: true, value: 1 });
    expect(readAnswer('Cukup Sesuai', 6)).toEqual({ ok: true, value: 4 });
    expect(readAnswer('3 - Sesuai', 4)).toEqual({ ok: true, value: 3 });
    expect(readAnswer('Sesuai (3)', 4)).toEqual({ ok: true, value: 3 });
    expect(readAnswer('', 4)).toEqual({ ok: true, value: null });
  });
  it('refuses values off the scale and labels it does not know', () => {
    expect(readAnswer(5, 4)).toEqual({ ok: false, reason: 'offScale' });
    expect(readAnswer(0, 4)).toEqual({ ok: false, reason: 'offScale' });
    expect(readAnswer(3.5, 4)).toEqual({ ok: false, reason: 'offScale' });
    expect(readAnswer('Sangat Tidak Sesuai', 4)).toEqual({ ok: false, reason: 'unknownLabel' });
    expect(readAnswer('Lumayan', 4)).toEqual({ ok: false, reason: 'unknownLabel' });
  });
});
