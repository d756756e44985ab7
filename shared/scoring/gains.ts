import type { Scorer } from './scorer';

export interface Gain {
  id: string;
  code: string;
  title: string;
  /** Current share (0..1), null when unanswered. */
  share: number | null;
  /** Points the total would gain if this indicator reached its best answer. */
  gain: number;
}

/**
 * "Where to gain points": every scored indicator ranked by the points the total would gain if it reached
 * its best answer, all else unchanged. Ties keep document order.
 */
export function rankGains(scorer: Scorer): Gain[] {
  const steps = gainSteps(scorer);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same ranking one indicator at a time (a generator that yields after each), so that a service can
 * answer other calls in between when "what if" totals are expensive (the workbook's own formulas).
 */
export function* gainSteps(scorer: Scorer): Generator<void, Gain[]> {
  const total = scorer.total();
  const gains: Gain[] = [];
  for (const indicator of scorer.index.indicatorOrder) {
    const gain = scorer.totalIf(indicator.id, 1) - total;
    gains.push({
      id: indicator.id,
      code: indicator.code,
      title: indicator.title,
      share: scorer.indicator(indicator.id).share,
      gain: Math.abs(gain) < 1e-12 ? 0 : gain,
    });
    yield;
  }
  return gains.sort((a, b) => b.gain - a.gain);
}
