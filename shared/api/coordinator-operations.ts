import { z } from 'zod';
import { PlanTargetSchema, ReadingSchema } from '../planning/plan-target';
import { PortfolioSchema } from '../portfolio/portfolio';
import { defineOperation } from './define-operation';

const AnswerSchema = z.union([z.string(), z.number()]);

/** A plan as the planner panel shows it (see shared/planning/make-plan.ts). */
export const PlanViewSchema = z.object({
  rule: z.enum(['workbook', 'standard']),
  target: PlanTargetSchema,
  reachable: z.boolean(),
  currentTotal: z.number(),
  currentCategory: z.string().nullable(),
  predictedTotal: z.number(),
  predictedCategory: z.string().nullable(),
  effort: z.number(),
  changes: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      question: z.string(),
      from: AnswerSchema.nullable(),
      to: AnswerSchema,
      gain: z.number(),
      effort: z.number(),
      pokja: z.string().nullable(),
    }),
  ),
  byPokja: z.array(
    z.object({
      pokja: z.string().nullable(),
      changes: z.number().int(),
      effort: z.number(),
      gain: z.number(),
    }),
  ),
});
export type PlanView = z.infer<typeof PlanViewSchema>;

/** A target and what may change: locked codes, effort per code (above 0), only one pokja's questions. */
const PlanRequestSchema = z.object({
  documentId: z.string().min(1),
  target: z.string().min(1),
  reading: ReadingSchema.optional(),
  locked: z.array(z.string().min(1)).optional(),
  effort: z.record(z.string().min(1), z.number().positive()).optional(),
  pokja: z.string().min(1).optional(),
});

/** What the coordinator asks: the portfolio of a folder, and a plan to a target for the open document. */
export const COORDINATOR_OPERATIONS = {
  /** Every unit of a folder open to the window (its documents and workbooks), with the distribution. */
  'portfolio.list': defineOperation(z.object({ folder: z.string().min(1) }), PortfolioSchema),
  /**
   * The portfolio of that folder as a rekap workbook: written to `path` (the desktop app's save dialog),
   * else to the workbench's exports folder with its bytes returned for the browser's download.
   */
  'portfolio.export': defineOperation(
    z.object({ folder: z.string().min(1), path: z.string().min(1).optional() }),
    z.object({ path: z.string(), fileName: z.string(), contentBase64: z.string().optional() }),
  ),
  /** The least-effort answer changes that reach a target (`71`, `+10`, `B`, `wbk`) by the leading rule. */
  'plan.make': defineOperation(PlanRequestSchema, PlanViewSchema),
  /** The same plan as a "Rencana Aksi" workbook: to `path` (desktop), else returned for the download. */
  'plan.export': defineOperation(
    PlanRequestSchema.extend({ path: z.string().min(1).optional() }),
    z.object({ path: z.string(), fileName: z.string(), contentBase64: z.string().optional() }),
  ),
} as const;
