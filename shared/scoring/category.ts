import type { CategoryBand } from '../template/category-band';
import { INDEKS_RB_BANDS } from '../template/category-band';

/**
 * The category of a total. Bands read "> above – upTo"; the total is compared as it is shown, rounded to
 * two decimals, so that a total displayed as 80,00 is BB and 80,01 is A.
 */
export function categoryOf(total: number, bands: readonly CategoryBand[] = INDEKS_RB_BANDS): string | null {
  const shown = Math.round(total * 100) / 100;
  const sorted = [...bands].sort((a, b) => b.above - a.above);
  const lowest = sorted[sorted.length - 1];
  for (const band of sorted) {
    const inside = shown > band.above || (band === lowest && shown >= band.above);
    if (inside && shown <= band.upTo) return band.label;
  }
  return null;
}
