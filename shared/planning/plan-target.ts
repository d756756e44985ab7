import { z } from 'zod';
import { parseNumber } from '../format/number';
import type { PredicateResult } from '../scoring/predicates';
import { categoryOf } from '../scoring/category';
import type { CategoryBand } from '../template/category-band';
import { INDEKS_RB_BANDS } from '../template/category-band';
import type { Template } from '../template/template-schema';

/** How "every Pengungkit area" of a predicate is read: the whole area, each half, or both at once. */
export const ReadingSchema = z.enum(['whole', 'halves', 'both']);
export type Reading = z.infer<typeof ReadingSchema>;

/** What a plan must reach: a total, a category, or a predicate (Menuju WBK / WBBM) under a reading. */
export const PlanTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('total'), total: z.number() }),
  z.object({ kind: z.literal('category'), category: z.string().min(1) }),
  z.object({ kind: z.literal('predicate'), predicate: z.string().min(1), reading: ReadingSchema }),
]);
export type PlanTarget = z.infer<typeof PlanTargetSchema>;

/**
 * Reads a target as a user types it: a total (`71`, `71,5`), points to add (`+10`), a category (`B`,
 * `bb`) or a predicate of the template (`wbk`, `wbbm`). Null when it is none of these.
 */
export function parseTarget(
  text: string,
  template: Template,
  currentTotal: number,
  reading: Reading = 'both',
): PlanTarget | null {
  const typed = text.trim();
  if (typed.startsWith('+')) {
    const add = parseNumber(typed.slice(1));
    return add === null || add < 0 ? null : { kind: 'total', total: currentTotal + add };
  }
  const total = parseNumber(typed);
  if (total !== null) return { kind: 'total', total };
  const band = bandsOf(template).find((b) => b.label.toLowerCase() === typed.toLowerCase());
  if (band) return { kind: 'category', category: band.label };
  const predicate = (template.predicates ?? []).find((p) => p.id.toLowerCase() === typed.toLowerCase());
  if (predicate) return { kind: 'predicate', predicate: predicate.id, reading };
  return null;
}

export const bandsOf = (template: Template): readonly CategoryBand[] =>
  template.categories ?? INDEKS_RB_BANDS;

/**
 * The smallest total a target needs (a category compares the total as shown, with two decimals: B needs
 * more than 60,00 shown, i.e. at least 60,005), or null for a predicate (its conditions say).
 */
export function totalNeeded(target: PlanTarget, template: Template): number | null {
  if (target.kind === 'total') return target.total;
  if (target.kind === 'predicate') return null;
  const band = bandsOf(template).find((b) => b.label === target.category);
  if (!band) return null;
  const lowest = Math.min(...bandsOf(template).map((b) => b.above));
  return band.above === lowest ? band.above : band.above + 0.005;
}

/** Whether a total (and its predicates) reaches the target. */
export function reaches(
  target: PlanTarget,
  template: Template,
  total: number,
  predicates: readonly PredicateResult[],
): boolean {
  if (target.kind === 'total') return total >= target.total - 1e-9;
  if (target.kind === 'category') {
    const bands = bandsOf(template);
    const rank = (label: string | null) => bands.find((b) => b.label === label)?.above ?? -Infinity;
    return rank(categoryOf(total, bands)) >= rank(target.category);
  }
  const result = predicates.find((p) => p.id === target.predicate);
  if (!result) return false;
  if (target.reading === 'both') return result.pass.whole && result.pass.halves;
  return result.pass[target.reading];
}
