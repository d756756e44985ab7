import { z } from 'zod';

/** What starting a document from last year's did: what was carried, how sure, and what found no place. */
export const StartReportSchema = z.object({
  lastYear: z.object({
    file: z.string(),
    label: z.string(),
    total: z.number().nullable(),
    rule: z.enum(['workbook', 'standard']),
  }),
  /** This year's questions and `Jumlah` inputs. */
  answerables: z.number().int(),
  /** How many of them received last year's answer. */
  carriedAnswers: z.number().int(),
  /** How many of them were found in last year's LKE (answered or not). */
  mapped: z.number().int(),
  matchesByKind: z.object({ table: z.number(), code: z.number(), text: z.number(), fuzzy: z.number() }),
  /** Matches by the table of known renames between the models: for the user to check. */
  renamed: z.array(z.object({ from: z.string(), to: z.string(), title: z.string() })),
  /** Matches by similar text: for the user to check (confidence 0–1). */
  fuzzy: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      title: z.string(),
      lastTitle: z.string(),
      confidence: z.number(),
    }),
  ),
  /** Last year's items that found no place this year. */
  unmatched: z.array(
    z.object({
      from: z.string(),
      title: z.string(),
      answer: z.union([z.string(), z.number()]).nullable(),
      suggestion: z.object({ to: z.string(), title: z.string(), confidence: z.number() }).nullable(),
    }),
  ),
  /** This year's questions and inputs left without an answer from last year. */
  notCarried: z.array(z.object({ code: z.string(), title: z.string() })),
  /** Answers that are no answer of this year's question. */
  dropped: z.array(z.object({ from: z.string(), to: z.string(), answer: z.union([z.string(), z.number()]) })),
  /** Evidence files stored in last year's document (named, not carried). */
  filesLeft: z.array(z.object({ to: z.string(), fileName: z.string() })),
  proposedRecommendations: z.number().int(),
});
export type StartReport = z.infer<typeof StartReportSchema>;
