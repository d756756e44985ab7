import { z } from 'zod';
import { categoryOf } from '../scoring/category';
import type { CategoryBand } from '../template/category-band';
import { INDEKS_RB_BANDS } from '../template/category-band';
import type { UnitScores } from './unit-scores';

/** One unit of the portfolio: a document or workbook of a folder, as a coordinator compares them. */
export const PortfolioUnitSchema = z.object({
  file: z.string(),
  /** The unit's name (the document's metadata: unit, else agency), else the file name. */
  unit: z.string(),
  model: z.string(),
  template: z.string(),
  rule: z.enum(['workbook', 'standard']),
  total: z.number(),
  /** An averaging sub-area has no answer (or the total is an error): not every figure is in. */
  incomplete: z.boolean(),
  /**
   * What the workbook shows in place of its total (#DIV/0! of a sub-area with no answer): the unit has
   * no total to rank and no category, and is not counted in the distribution.
   */
  totalError: z.string().nullable(),
  /** The averaging sub-areas with no answer yet (what the coordinator asks the unit to fill). */
  emptySubAreas: z.array(z.object({ id: z.string(), code: z.string(), title: z.string() })),
  standardTotal: z.number(),
  category: z.string().nullable(),
  rank: z.number().int(),
  /** Answered questions ÷ questions, 0..1. */
  completeness: z.number(),
  reviewerTotal: z.number().nullable(),
  priorTotal: z.number().nullable(),
  change: z.number().nullable(),
  components: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      weight: z.number(),
      value: z.number(),
      percent: z.number(),
    }),
  ),
  areas: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      weight: z.number(),
      value: z.number(),
      percent: z.number(),
    }),
  ),
  predicates: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      pass: z.object({ whole: z.boolean(), halves: z.boolean() }),
    }),
  ),
  /** The next category up and the points missing to it (as the total is shown, two decimals). */
  next: z.object({ category: z.string(), missing: z.number() }).nullable(),
});
export type PortfolioUnit = z.infer<typeof PortfolioUnitSchema>;

export const PortfolioSchema = z.object({
  folder: z.string(),
  units: z.array(PortfolioUnitSchema),
  /** Units per category, every category listed (highest first), `{ AA: 1, A: 0, … }`. */
  distribution: z.record(z.string(), z.number().int()),
  /** Units within `reach` points of their next category, closest first. */
  withinReach: z.array(
    z.object({ file: z.string(), unit: z.string(), category: z.string(), missing: z.number() }),
  ),
  reach: z.number(),
  /** Files that could not be read, each with its problem (shown as one line naming the file). */
  problems: z.array(
    z.object({
      file: z.string(),
      problem: z.object({
        code: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
        where: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    }),
  ),
});
export type Portfolio = z.infer<typeof PortfolioSchema>;

export interface UnitInput {
  file: string;
  unit: string;
  scores: UnitScores;
  priorTotal: number | null;
}

const percent = (value: number, weight: number) => (weight === 0 ? 0 : value / weight);

/** The portfolio of some units: their rows ranked by total, the distribution, who is within reach. */
export function buildPortfolio(
  folder: string,
  inputs: readonly UnitInput[],
  problems: Portfolio['problems'],
  reach = 5,
  bands: readonly CategoryBand[] = INDEKS_RB_BANDS,
): Portfolio {
  const ordered = [...bands].sort((a, b) => b.above - a.above);
  const lowest = ordered[ordered.length - 1];
  const units: PortfolioUnit[] = inputs.map(({ file, unit, scores, priorTotal }) => {
    const category = scores.totalError === null ? categoryOf(scores.total, bands) : null;
    const at = ordered.findIndex((b) => b.label === category);
    const up = at > 0 ? ordered[at - 1] : undefined;
    return {
      file,
      unit,
      model: scores.model,
      template: scores.templateTitle,
      rule: scores.rule,
      total: scores.total,
      incomplete: scores.incomplete,
      totalError: scores.totalError,
      emptySubAreas: scores.emptySubAreas,
      standardTotal: scores.standardTotal,
      category,
      rank: 0,
      completeness: scores.questions === 0 ? 0 : scores.answered / scores.questions,
      reviewerTotal: scores.reviewerTotal,
      priorTotal,
      change: priorTotal === null ? null : scores.total - priorTotal,
      components: scores.components.map((c) => ({ ...c, percent: percent(c.value, c.weight) })),
      areas: scores.areas.map(({ id, title, weight, value }) => ({
        id,
        title,
        weight,
        value,
        percent: percent(value, weight),
      })),
      predicates: scores.predicates,
      next:
        up && up !== lowest && category !== null
          ? { category: up.label, missing: Math.max(0, up.above + 0.005 - scores.total) }
          : null,
    };
  });
  // Units whose total is an error come last (they have no total to rank by).
  const ranked = (u: PortfolioUnit) => (u.totalError === null ? u.total : -Infinity);
  units.sort((a, b) => ranked(b) - ranked(a) || a.unit.localeCompare(b.unit, 'id'));
  units.forEach(
    (u, i) =>
      (u.rank =
        i > 0 && ranked(units[i - 1] as PortfolioUnit) === ranked(u)
          ? (units[i - 1] as PortfolioUnit).rank
          : i + 1),
  );
  const distribution: Record<string, number> = {};
  for (const band of ordered) distribution[band.label] = 0;
  for (const u of units) if (u.category) distribution[u.category] = (distribution[u.category] ?? 0) + 1;
  const withinReach = units
    .filter((u) => u.next && u.next.missing <= reach)
    .map((u) => ({
      file: u.file,
      unit: u.unit,
      category: (u.next as { category: string }).category,
      missing: (u.next as { missing: number }).missing,
    }))
    .sort((a, b) => a.missing - b.missing);
  return { folder, units, distribution, withinReach, reach, problems };
}
