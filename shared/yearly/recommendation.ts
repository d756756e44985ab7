import { z } from 'zod';
import { WorkStatusSchema } from '../records/answer-record';

/**
 * Where a recommendation came from: last year's reviewer note on a question (`reviewer-note`), the
 * evaluator's report typed or pasted in (`report`), or last year's document's own follow-up list
 * (`last-year`).
 */
export const RecommendationSourceSchema = z.enum(['reviewer-note', 'report', 'last-year']);
export type RecommendationSource = z.infer<typeof RecommendationSourceSchema>;

const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/**
 * A recommendation (rekomendasi) to follow up (tindak lanjut): its text, on a question, sub-area, area
 * or the whole document (`targetId` null), the pokja responsible, the month it is due, its status and
 * the evidence that it was done. `proposed`: carried from last year, not yet taken on by the unit.
 */
export const RecommendationSchema = z.object({
  id: z.number().int(),
  targetId: z.string().nullable(),
  text: z.string().min(1),
  source: RecommendationSourceSchema,
  proposed: z.boolean(),
  pokja: z.string().nullable(),
  dueMonth: MonthSchema.nullable(),
  status: WorkStatusSchema,
  evidence: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** What a user may give when adding a recommendation. */
export const NewRecommendationSchema = z.object({
  targetId: z.string().min(1).nullable().default(null),
  text: z.string().trim().min(1),
  source: RecommendationSourceSchema.default('report'),
  pokja: z.string().trim().min(1).nullable().default(null),
  dueMonth: MonthSchema.nullable().default(null),
});

/** What a user may change of a recommendation (accepting a proposed one: `proposed: false`). */
export const RecommendationChangesSchema = z.object({
  text: z.string().trim().min(1).optional(),
  targetId: z.string().min(1).nullable().optional(),
  pokja: z.string().trim().min(1).nullable().optional(),
  dueMonth: MonthSchema.nullable().optional(),
  status: WorkStatusSchema.optional(),
  evidence: z.string().trim().min(1).nullable().optional(),
  proposed: z.literal(false).optional(),
});

/**
 * Overdue: not done and due in a month that has ended (`today` as `YYYY-MM-DD`, the user's date). A
 * recommendation due this month is not overdue yet.
 */
export function isOverdue(
  recommendation: Pick<Recommendation, 'status' | 'dueMonth'>,
  today: string,
): boolean {
  if (recommendation.status === 'selesai' || recommendation.dueMonth === null) return false;
  return recommendation.dueMonth < today.slice(0, 7);
}
