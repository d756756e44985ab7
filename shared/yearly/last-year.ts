import { z } from 'zod';
/** A stored answer: a choice key or a number (as AnswerRecord keeps it). */
const AnswerValueSchema = z.union([z.string(), z.number()]);

const MatchKindSchema = z.enum(['table', 'code', 'text', 'fuzzy']);

/** Last year's answer, value, note and the reviewer's, for one of this year's items. */
export const LastYearItemSchema = z.object({
  /** Last year's item id, how it was found and how sure (1, or a fuzzy match's text similarity). */
  from: z.string(),
  how: MatchKindSchema,
  confidence: z.number(),
  answer: AnswerValueSchema.nullable(),
  /** The item's score last year (share, or points of a weighted row); null for a `Jumlah` input. */
  value: z.number().nullable(),
  note: z.string().nullable(),
  reviewerAnswer: AnswerValueSchema.nullable(),
  reviewerValue: z.number().nullable(),
  reviewerNote: z.string().nullable(),
});
export type LastYearItem = z.infer<typeof LastYearItemSchema>;

/**
 * What a document keeps of last year's LKE it was started from: where it came from, last year's totals
 * as last year's document computed them (its workbook's own formulas when it came from one), its
 * answers and values by this year's item id, its value per node (components, areas, sub-areas) by
 * this year's node id, and last year's items that found no place this year.
 */
export const LastYearSchema = z.object({
  source: z.object({
    file: z.string(),
    /** As the user named it when the document was made. */
    path: z.string(),
    readAt: z.string(),
    kind: z.enum(['document', 'workbook']),
    templateTitle: z.string(),
  }),
  /** The year last year's LKE names (its metadata, its template or its answer column), else null. */
  year: z.number().int().nullable(),
  /** How the screen heads last year's columns: the year, else the file name. */
  label: z.string(),
  rule: z.enum(['workbook', 'standard']),
  total: z.number().nullable(),
  max: z.number().nullable(),
  category: z.string().nullable(),
  reviewerTotal: z.number().nullable(),
  items: z.record(z.string(), LastYearItemSchema),
  nodes: z.record(
    z.string(),
    z.object({ value: z.number().nullable(), reviewerValue: z.number().nullable() }),
  ),
  unmatched: z.array(
    z.object({
      from: z.string(),
      title: z.string(),
      answer: AnswerValueSchema.nullable(),
      suggestion: z.object({ to: z.string(), title: z.string(), confidence: z.number() }).nullable(),
    }),
  ),
});
export type LastYear = z.infer<typeof LastYearSchema>;

/** Last year's totals, for whoever compares years (the portfolio, the planner, the rekap). */
export interface LastYearTotals {
  label: string;
  year: number | null;
  rule: 'workbook' | 'standard';
  total: number | null;
  category: string | null;
  reviewerTotal: number | null;
  /** Last year's value of each of this year's nodes (components, areas, sub-areas) that it had. */
  nodes: Record<string, number>;
}

export function lastYearTotals(lastYear: LastYear): LastYearTotals {
  const nodes: Record<string, number> = {};
  for (const [id, node] of Object.entries(lastYear.nodes)) if (node.value !== null) nodes[id] = node.value;
  return {
    label: lastYear.label,
    year: lastYear.year,
    rule: lastYear.rule,
    total: lastYear.total,
    category: lastYear.category,
    reviewerTotal: lastYear.reviewerTotal,
    nodes,
  };
}
