import { z } from 'zod';
import { ChoiceTypeSchema, choiceKind } from './choice';
import { CountTypeSchema, countKind } from './count';
import { NumberTypeSchema, numberKind } from './number';
import type { AnswerKindSpec } from './spec';

/**
 * The kinds of answer a template may ask for. A new kind is one file beside this one (its schema and its
 * `AnswerKindSpec`), added here to the union and to `ANSWER_KINDS`; the compiler then names what is
 * missing.
 */
export const AnswerTypeSchema = z.discriminatedUnion('kind', [
  ChoiceTypeSchema,
  CountTypeSchema,
  NumberTypeSchema,
]);
export type AnswerType = z.infer<typeof AnswerTypeSchema>;
export type AnswerKind = AnswerType['kind'];

/** Every kind's spec, by kind: a kind of the union without its spec is a type error here. */
export const ANSWER_KINDS: { [K in AnswerKind]: AnswerKindSpec<Extract<AnswerType, { kind: K }>> } = {
  choice: choiceKind,
  count: countKind,
  number: numberKind,
};

/** The spec of a type's kind, to be called with that type. */
export function kindOf(type: AnswerType): AnswerKindSpec<AnswerType> {
  return ANSWER_KINDS[type.kind] as unknown as AnswerKindSpec<AnswerType>;
}
