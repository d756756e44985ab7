import { z } from 'zod';
import { fail, ok } from '../../problem';
import type { AnswerKindSpec, Choice } from './spec';

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
export type ChoiceType = z.infer<typeof ChoiceTypeSchema>;

/** The largest value a choice can take; used to turn option values into a 0..1 share. */
export function maxOptionValue(type: ChoiceType): number {
  return Math.max(...type.options.map((o) => o.value));
}

const share = (type: ChoiceType, answer: unknown): number | null => {
  const option = type.options.find((o) => o.key === answer);
  if (!option) return null;
  const max = maxOptionValue(type);
  return max === 0 ? 0 : option.value / max;
};

const text = (value: string): string => `"${value.replace(/"/g, '""')}"`;

export const choiceKind: AnswerKindSpec<ChoiceType> = {
  parse(type, _raw, shown) {
    const key = type.options.find((o) => o.key.toLowerCase() === shown.toLowerCase())?.key;
    return key
      ? ok(key)
      : fail({
          code: 'answer.notAnOption',
          params: { answer: shown, options: type.options.map((o) => o.key).join(', ') },
        });
  },
  share,
  best: (type) => [...type.options].sort((a, b) => b.value - a.value)[0]?.key ?? null,
  scored: true,
  points: maxOptionValue,
  formula: (type, answer, write, blank) =>
    type.options.reduceRight(
      (rest, option) => `IF(${answer}=${text(option.key)},${write(share(type, option.key) ?? 0)},${rest})`,
      blank,
    ),
  validation: (type) => ({ kind: 'list', options: type.options.map((o) => o.key) }),
  cellFormat: 'text',
  decimals: () => null,
  // An unanswered question stands one step below its worst option (answering C costs 1); options with
  // the same value keep the first.
  choices(type, current, perStep) {
    const currentShare = current === null ? null : share(type, current);
    const ranked: { key: string; share: number }[] = [];
    for (const option of [...type.options].sort((a, b) => a.value - b.value)) {
      const value = share(type, option.key) as number;
      if (!ranked.some((r) => r.share === value)) ranked.push({ key: option.key, share: value });
    }
    const from = currentShare === null ? -1 : ranked.findIndex((r) => r.share >= currentShare);
    return ranked
      .map((r, rank): Choice => ({ answer: r.key, share: r.share, effort: (rank - from) * perStep }))
      .filter((c) => (currentShare === null ? true : c.share > currentShare));
  },
  measuredElsewhere: false,
  trialAnswer: (type, random) =>
    (type.options[Math.floor(random() * type.options.length)] as { key: string }).key,
  derivationInput: false,
  fitsLabel: () => false,
  editor: (type) => ({ kind: 'list', options: type.options.map((o) => o.key) }),
};
