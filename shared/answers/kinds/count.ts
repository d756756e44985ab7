import { z } from 'zod';
import { fail, ok } from '../../problem';
import { readNumber } from './read-number';
import type { AnswerKindSpec } from './spec';

/** `Jumlah` (and `Rupiah`) inputs: non-negative numbers feeding derived indicators; never scored themselves. */
export const CountTypeSchema = z.object({
  kind: z.literal('count'),
  label: z.string().min(1),
  integer: z.boolean(),
});
export type CountType = z.infer<typeof CountTypeSchema>;

export const countKind: AnswerKindSpec<CountType> = {
  parse(type, raw, shown) {
    const read = readNumber(raw, shown);
    if (!read.ok) return read;
    if (read.value < 0) return fail({ code: 'answer.negative', params: { answer: shown } });
    if (type.integer && !Number.isInteger(read.value))
      return fail({ code: 'answer.notWhole', params: { answer: shown } });
    return ok(read.value);
  },
  share: () => null,
  best: () => null,
  scored: false,
  points: () => 1,
  formula: () => null,
  validation: (type) => (type.integer ? { kind: 'whole', min: 0 } : { kind: 'decimal', min: 0, max: 1e15 }),
  cellFormat: 'integer',
  decimals: () => null,
  choices: () => [],
  measuredElsewhere: false,
  // At least 1, so that no ratio of the trial divides by zero.
  trialAnswer: (_type, random) => 1 + Math.floor(random() * 20),
  derivationInput: true,
  fitsLabel: (label) => /^(jumlah|rupiah|angka)/.test(label),
  editor: () => ({ kind: 'text' }),
};
