import { z } from 'zod';
import type { Problem, Result } from '../problem';
import { fail, ok } from '../problem';
import type { AnswerValue } from '../template/answer-type';
import type { TemplateIndex } from '../template/template-index';
import { parseAnswer } from './parse-answer';

const RawAnswerSchema = z.union([z.string(), z.number(), z.null()]);

export const EvidenceSchema = z.object({
  text: z.string().optional(),
  url: z.string().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** One entry of an answers file: the bare answer, or the answer with its note, evidence and review. */
export const AnswerEntrySchema = z.union([
  RawAnswerSchema,
  z.object({
    answer: RawAnswerSchema.optional(),
    note: z.string().optional(),
    evidence: z.array(EvidenceSchema).optional(),
    reviewerAnswer: RawAnswerSchema.optional(),
    reviewerNote: z.string().optional(),
  }),
]);

/**
 * The JSON answers file `rbw score` reads: the template id and answers keyed by indicator or input
 * code (e.g. `"A.I.1.i.a": "Ya"`, `"A.II.1.i.a.1": 12`, `"B.I.a": "3,62"`).
 */
export const AnswersFileSchema = z.object({
  format: z.literal('rbw-answers').optional(),
  template: z.string().min(1),
  title: z.string().optional(),
  answers: z.record(z.string(), AnswerEntrySchema),
});
export type AnswersFile = z.infer<typeof AnswersFileSchema>;

export interface ParsedAnswers {
  /** Unit answers by answerable id. */
  answers: Map<string, AnswerValue>;
  reviewerAnswers: Map<string, AnswerValue>;
}

/** Checks every answer of a file against the template; each problem names the file and the field. */
export function readAnswers(
  file: AnswersFile,
  index: TemplateIndex,
  fileName?: string,
): Result<ParsedAnswers> {
  const problems: Problem[] = [];
  const parsed: ParsedAnswers = { answers: new Map(), reviewerAnswers: new Map() };
  for (const [code, entry] of Object.entries(file.answers)) {
    const answerable = index.answerables.get(code);
    if (!answerable) {
      problems.push({
        code: 'answers.unknownCode',
        params: { code },
        where: { file: fileName, field: `answers.${code}` },
      });
      continue;
    }
    const isObject = typeof entry === 'object' && entry !== null;
    const pairs: [string, unknown, Map<string, AnswerValue>][] = isObject
      ? [
          [`answers.${code}.answer`, entry.answer, parsed.answers],
          [`answers.${code}.reviewerAnswer`, entry.reviewerAnswer, parsed.reviewerAnswers],
        ]
      : [[`answers.${code}`, entry, parsed.answers]];
    for (const [field, raw, target] of pairs) {
      const result = parseAnswer(answerable.type, raw);
      if (!result.ok)
        problems.push(...result.problems.map((p) => ({ ...p, where: { file: fileName, field } })));
      else if (result.value !== null) target.set(code, result.value);
    }
  }
  return problems.length ? fail(...problems) : ok(parsed);
}
