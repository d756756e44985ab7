import { z } from 'zod';
import type { ScoreSummary } from '../scoring/summarize';
import type { ScoreUpdate } from '../scoring/score-update';
import type { ScoresSummary, ScoresUpdate } from '../scoring/document-scores';

/** The score summary crossing the API (shared/scoring/summarize.ts); the type annotation keeps both in step. */

const AreaFigureSchema = z.object({
  key: z.string(),
  title: z.string(),
  value: z.number(),
  max: z.number(),
  share: z.number(),
  pass: z.boolean(),
});

const ReadingSchema = z.object({ pass: z.boolean(), areas: z.array(AreaFigureSchema) });

const PredicateResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  conditions: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      kind: z.enum(['minimum', 'every-area']),
      figure: z.number(),
      threshold: z.number(),
      pass: z.boolean(),
      answer: z.number().nullable().optional(),
      answerThreshold: z.number().optional(),
      readings: z.object({ whole: ReadingSchema, halves: ReadingSchema }).optional(),
    }),
  ),
  pass: z.object({ whole: z.boolean(), halves: z.boolean() }),
});

const ComponentSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  weight: z.number(),
  value: z.number(),
});
const EmptySubAreaSchema = z.object({ id: z.string(), code: z.string(), title: z.string() });
const InputsSchema = z.object({ answered: z.number(), total: z.number() });

export const GainSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  share: z.number().nullable(),
  gain: z.number(),
});

const NodeFiguresSchema = z.object({
  id: z.string(),
  value: z.number().nullable(),
  share: z.number().nullable(),
  answered: z.number(),
  questions: z.number(),
  empty: z.boolean(),
});

export const ScoreSummarySchema: z.ZodType<ScoreSummary> = z.object({
  templateId: z.string(),
  templateTitle: z.string(),
  unanswered: z.enum(['skip', 'zero', 'mixed']),
  total: z.number(),
  max: z.number(),
  category: z.string().nullable(),
  answered: z.number(),
  questions: z.number(),
  inputs: InputsSchema,
  components: z.array(ComponentSchema),
  emptySubAreas: z.array(EmptySubAreaSchema),
  predicates: z.array(PredicateResultSchema),
  gains: z.array(GainSchema),
  nodes: z.array(
    NodeFiguresSchema.extend({
      code: z.string(),
      title: z.string(),
      kind: z.enum(['group', 'indicator']),
      level: z.string(),
      depth: z.number(),
      weight: z.number(),
    }),
  ),
});

export const ScoreUpdateSchema: z.ZodType<ScoreUpdate> = z.object({
  total: z.number(),
  max: z.number(),
  category: z.string().nullable(),
  answered: z.number(),
  questions: z.number(),
  inputs: InputsSchema.optional(),
  components: z.array(ComponentSchema).optional(),
  emptySubAreas: z.array(EmptySubAreaSchema).optional(),
  predicates: z.array(PredicateResultSchema).optional(),
  nodes: z.array(NodeFiguresSchema),
});

const RuleSchema = z.enum(['workbook', 'standard']);

export const ScoresSummarySchema: z.ZodType<ScoresSummary> = z.object({
  rule: RuleSchema,
  unit: ScoreSummarySchema,
  standard: ScoreSummarySchema.nullable(),
  reviewer: ScoreSummarySchema,
});

export const ScoresUpdateSchema: z.ZodType<ScoresUpdate> = z.object({
  rule: RuleSchema,
  unit: ScoreUpdateSchema,
  standard: ScoreUpdateSchema.nullable(),
  reviewer: ScoreUpdateSchema,
});
