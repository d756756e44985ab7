import { z } from 'zod';

/**
 * One choice of a choice answer type. `value` is what the official workbook assigns to the choice
 * (e.g. B = 0.5 for A/B/C, or points for a lookup such as Opini BPK WTP = 3); value tables differ
 * between models and years, so they live in the template, never in code.
 */
export const ChoiceOptionSchema = z.object({
  key: z.string().min(1),
  value: z.number().finite(),
});
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

/** Ya/Tidak, A/B/C, A/B/C/D, A/B/C/D/E, lookups (Opini BPK …): one of a closed list of keys. */
export const ChoiceTypeSchema = z.object({
  kind: z.literal('choice'),
  label: z.string().min(1),
  options: z.array(ChoiceOptionSchema).min(2),
});

/** `Jumlah` (and `Rupiah`) inputs: non-negative numbers feeding derived indicators; never scored themselves. */
export const CountTypeSchema = z.object({
  kind: z.literal('count'),
  label: z.string().min(1),
  integer: z.boolean(),
});

/** Survey values (0–4), SAKIP scores (0–100), typed percentages: a number on a scale, scored as its share of the scale. */
export const NumberTypeSchema = z.object({
  kind: z.literal('number'),
  label: z.string().min(1),
  min: z.number().finite(),
  max: z.number().finite(),
  decimals: z.number().int().min(0).max(6),
});

export const AnswerTypeSchema = z.discriminatedUnion('kind', [
  ChoiceTypeSchema,
  CountTypeSchema,
  NumberTypeSchema,
]);
export type AnswerType = z.infer<typeof AnswerTypeSchema>;
export type ChoiceType = z.infer<typeof ChoiceTypeSchema>;
export type NumberType = z.infer<typeof NumberTypeSchema>;

/** A stored answer: a choice key, or a number for counts and scales. */
export type AnswerValue = string | number;

/** The largest value a choice can take; used to turn option values into a 0..1 share. */
export function maxOptionValue(type: ChoiceType): number {
  return Math.max(...type.options.map((o) => o.value));
}

/**
 * The share (0..1) of its best outcome that an answer is worth, before weights and gates.
 * Counts are not scored and give null; so does an answer that does not fit the type.
 */
export function answerShare(type: AnswerType, answer: AnswerValue): number | null {
  switch (type.kind) {
    case 'choice': {
      const option = type.options.find((o) => o.key === answer);
      if (!option) return null;
      const max = maxOptionValue(type);
      return max === 0 ? 0 : option.value / max;
    }
    case 'number':
      if (typeof answer !== 'number') return null;
      return type.max === type.min ? 0 : (answer - type.min) / (type.max - type.min);
    case 'count':
      return null;
  }
}

/** The answer that gives the highest share: what "reaching its best answer" means for an indicator. */
export function bestAnswer(type: AnswerType): AnswerValue | null {
  switch (type.kind) {
    case 'choice':
      return [...type.options].sort((a, b) => b.value - a.value)[0]?.key ?? null;
    case 'number':
      return type.max;
    case 'count':
      return null;
  }
}
