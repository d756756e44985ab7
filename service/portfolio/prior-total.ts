import { dirname, isAbsolute, join } from 'node:path';
import type { StoredLook } from './stored-scores';
import { lookInto } from './stored-scores';

/**
 * Last year's total of a unit, for the portfolio's "last year" and "change" columns. The one place that
 * knows where it comes from; today, in this order:
 * 1. the document itself (stored with its scores): last year's LKE it was started from (`rbw new
 *    --from`), else the other year of a two-year workbook it was imported from;
 * 2. last year's document its metadata names (`priorYearDocument`, relative to the document), by the
 *    scores stored in it.
 */
export function priorTotal(path: string, look: StoredLook): number | null {
  if (look.scores?.priorTotal !== null && look.scores?.priorTotal !== undefined)
    return look.scores.priorTotal;
  const named = look.metadata.priorYearDocument;
  if (named) {
    const prior = lookInto(isAbsolute(named) ? named : join(dirname(path), named));
    if (prior?.scores) return prior.scores.total;
  }
  return null;
}
