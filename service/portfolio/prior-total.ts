import { dirname, isAbsolute, join } from 'node:path';
import type { StoredLook } from './stored-scores';
import { lookInto } from './stored-scores';

/**
 * Last year's total of a unit, for the portfolio's "last year" and "change" columns. The one place that
 * knows where it comes from; today, in this order:
 * 1. the document itself: the other year of a two-year workbook it was imported from (stored with its
 *    scores);
 * 2. last year's document its metadata names (`priorYearDocument`, relative to the document), by the
 *    scores stored in it.
 * Further sources (e.g. last year's totals kept in the metadata) belong here.
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
