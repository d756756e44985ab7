import { z } from 'zod';

/** A node's points must reach a threshold, e.g. total ≥ 75 or Pengungkit ≥ 40. */
export const MinimumConditionSchema = z.object({
  kind: z.literal('minimum'),
  id: z.string().min(1),
  label: z.string().min(1),
  node: z.string().min(1),
  threshold: z.number(),
  /** For a scaled indicator, the raw answer equivalent to the threshold (survey 3,60), shown beside it. */
  answerThreshold: z.number().optional(),
});

/**
 * Every area of change under `scope` must reach `share` of its weight. The regulation does not say
 * whether an area split over Pemenuhan and Reform is read whole (4 + 4 = 8) or half by half; both
 * readings are computed and shown.
 */
export const EveryAreaConditionSchema = z.object({
  kind: z.literal('every-area'),
  id: z.string().min(1),
  label: z.string().min(1),
  scope: z.string().min(1),
  share: z.number().min(0).max(1),
});

export const ConditionSchema = z.discriminatedUnion('kind', [
  MinimumConditionSchema,
  EveryAreaConditionSchema,
]);
export type Condition = z.infer<typeof ConditionSchema>;

/** A predicate such as "Menuju WBK": passes when every condition passes. */
export const PredicateSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  conditions: z.array(ConditionSchema).min(1),
});
export type Predicate = z.infer<typeof PredicateSchema>;
