import type { Result } from '../problem';
import { ok } from '../problem';
import { kindOf } from './kinds';
import type { AnswerType, AnswerValue } from '../template/answer-type';

/**
 * Checks one raw answer (from a file, the grid or a paste) against its answer type and returns the value
 * to store: the option key as the template spells it ("ya" → "Ya"), or a number read the Indonesian way
 * ("3,62"). Empty text means "no answer" and gives null.
 */
export function parseAnswer(type: AnswerType, raw: unknown): Result<AnswerValue | null> {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return ok(null);
  return kindOf(type).parse(type, raw, String(raw).trim());
}
