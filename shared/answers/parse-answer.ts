import type { Result } from '../problem';
import { fail, ok } from '../problem';
import { parseNumber } from '../format/number';
import type { AnswerType, AnswerValue } from '../template/answer-type';

/**
 * Checks one raw answer (from a file, the grid or a paste) against its answer type and returns the value
 * to store: the option key as the template spells it ("ya" → "Ya"), or a number read the Indonesian way
 * ("3,62"). Empty text means "no answer" and gives null.
 */
export function parseAnswer(type: AnswerType, raw: unknown): Result<AnswerValue | null> {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return ok(null);
  const shown = String(raw).trim();
  if (type.kind === 'choice') {
    const key = type.options.find((o) => o.key.toLowerCase() === shown.toLowerCase())?.key;
    return key
      ? ok(key)
      : fail({
          code: 'answer.notAnOption',
          params: { answer: shown, options: type.options.map((o) => o.key).join(', ') },
        });
  }
  const value = typeof raw === 'number' ? raw : parseNumber(shown);
  if (value === null || !Number.isFinite(value))
    return fail({ code: 'answer.notANumber', params: { answer: shown } });
  if (type.kind === 'count') {
    if (value < 0) return fail({ code: 'answer.negative', params: { answer: shown } });
    if (type.integer && !Number.isInteger(value))
      return fail({ code: 'answer.notWhole', params: { answer: shown } });
    return ok(value);
  }
  if (value < type.min || value > type.max) {
    return fail({ code: 'answer.outOfRange', params: { answer: shown, min: type.min, max: type.max } });
  }
  return ok(value);
}
