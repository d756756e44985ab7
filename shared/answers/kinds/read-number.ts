import type { Result } from '../../problem';
import { fail, ok } from '../../problem';
import { parseNumber } from '../../format/number';

/** A raw answer read as a number, the Indonesian way ("3,62"); one line naming it when it is not one. */
export function readNumber(raw: unknown, shown: string): Result<number> {
  const value = typeof raw === 'number' ? raw : parseNumber(shown);
  if (value === null || !Number.isFinite(value))
    return fail({ code: 'answer.notANumber', params: { answer: shown } });
  return ok(value);
}
