import { z } from 'zod';
import { fail, ok } from '../../problem';
import { readNumber } from './read-number';
import type { AnswerKindSpec, Choice } from './spec';

/** Survey values (0–4), SAKIP scores (0–100), typed percentages: a number on a scale, scored as its share of the scale. */
export const NumberTypeSchema = z.object({
  kind: z.literal('number'),
  label: z.string().min(1),
  min: z.number().finite(),
  max: z.number().finite(),
  decimals: z.number().int().min(0).max(6),
});
export type NumberType = z.infer<typeof NumberTypeSchema>;

/** A number on a scale is planned on a grid of 20 steps (0–4: steps of 0,2). */
const SCALE_STEPS = 20;

const share = (type: NumberType, answer: unknown): number | null => {
  if (typeof answer !== 'number') return null;
  return type.max === type.min ? 0 : (answer - type.min) / (type.max - type.min);
};

const roundTo = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

export const numberKind: AnswerKindSpec<NumberType> = {
  parse(type, raw, shown) {
    const read = readNumber(raw, shown);
    if (!read.ok) return read;
    if (read.value < type.min || read.value > type.max)
      return fail({ code: 'answer.outOfRange', params: { answer: shown, min: type.min, max: type.max } });
    return ok(read.value);
  },
  share,
  best: (type) => type.max,
  scored: true,
  points: () => 1,
  formula(type, answer, write, blank) {
    const span = type.max - type.min;
    const shifted = type.min === 0 ? answer : `(${answer}-${type.min})`;
    return `IF(${answer}="",${blank},${write(span === 0 ? 0 : `${shifted}/${span}`)})`;
  },
  validation: (type) => ({ kind: 'decimal', min: type.min, max: type.max }),
  cellFormat: 'decimal',
  decimals: (type) => type.decimals,
  // A twentieth of the scale per step.
  choices(type, current, perStep) {
    const step = (type.max - type.min) / SCALE_STEPS;
    if (!(step > 0)) return [];
    const position = current === null || typeof current !== 'number' ? -1 : (current - type.min) / step;
    const choices: Choice[] = [];
    for (let k = 0; k <= SCALE_STEPS; k++) {
      if (k <= position + 1e-9) continue;
      const value = roundTo(type.min + k * step, type.decimals);
      const steps = Math.ceil(k - Math.max(position, -1) - 1e-9);
      choices.push({ answer: value, share: share(type, value) as number, effort: steps * perStep });
    }
    return choices;
  },
  measuredElsewhere: true,
  trialAnswer: (type, random) => Math.round((type.min + random() * (type.max - type.min)) * 100) / 100,
  derivationInput: false,
  fitsLabel: (label) => /\d/.test(label) || label.includes('nilai') || label === '' || label === '%',
  editor: () => ({ kind: 'text' }),
};
