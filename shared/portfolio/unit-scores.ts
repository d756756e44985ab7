import { z } from 'zod';
import type { ScoreSummary } from '../scoring/summarize';

/** Bump when what is stored changes: older stored scores are then computed again. */
export const UNIT_SCORES_VERSION = 2;

const FigureSchema = z.object({
  id: z.string(),
  title: z.string(),
  weight: z.number(),
  value: z.number(),
});

/**
 * A document's scores as the portfolio lists them, stored in the document whenever they are computed
 * (both rules, every node), so that listing many documents needs no formula engine.
 */
export const UnitScoresSchema = z.object({
  version: z.literal(UNIT_SCORES_VERSION),
  /** The document's revision (its latest action) the scores belong to. */
  revision: z.number().int(),
  rule: z.enum(['workbook', 'standard']),
  templateTitle: z.string(),
  model: z.string(),
  /** The total by the leading rule (what the workbench computes, empty sub-areas left out). */
  total: z.number(),
  incomplete: z.boolean(),
  /**
   * What the workbook shows in place of its total when that is an error (#DIV/0! of a sub-area with no
   * answer): the unit is then incomplete, not a category.
   */
  totalError: z.string().nullable(),
  /** Averaging sub-areas with no answer yet, by the leading rule. */
  emptySubAreas: z.array(z.object({ id: z.string(), code: z.string(), title: z.string() })),
  standardTotal: z.number(),
  category: z.string().nullable(),
  answered: z.number().int(),
  questions: z.number().int(),
  reviewerTotal: z.number().nullable(),
  /** Last year's total the document itself holds (a two-year workbook's other block), if any. */
  priorTotal: z.number().nullable(),
  components: z.array(FigureSchema),
  areas: z.array(FigureSchema.extend({ key: z.string() })),
  predicates: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      pass: z.object({ whole: z.boolean(), halves: z.boolean() }),
    }),
  ),
  /** Every node's value: [leading rule, regulation's rule]. */
  nodes: z.record(z.string(), z.tuple([z.number().nullable(), z.number().nullable()])),
});
export type UnitScores = z.infer<typeof UnitScoresSchema>;

/** The stored scores of a document from its summaries (leading rule, regulation's rule, reviewer's). */
export function unitScores(
  revision: number,
  rule: 'workbook' | 'standard',
  model: string,
  lead: ScoreSummary,
  standard: ScoreSummary,
  reviewer: ScoreSummary,
  priorTotal: number | null,
  totalError: string | null = null,
): UnitScores {
  const standardValues = new Map(standard.nodes.map((n) => [n.id, n.value]));
  const nodes: UnitScores['nodes'] = {};
  for (const node of lead.nodes) nodes[node.id] = [node.value, standardValues.get(node.id) ?? null];
  const areas = lead.nodes.filter((n) => n.kind === 'group' && n.level === 'area');
  return {
    version: UNIT_SCORES_VERSION,
    revision,
    rule,
    templateTitle: lead.templateTitle,
    model,
    total: lead.total,
    incomplete: lead.emptySubAreas.length > 0 || totalError !== null,
    totalError,
    emptySubAreas: lead.emptySubAreas,
    standardTotal: standard.total,
    category: totalError === null ? lead.category : null,
    answered: lead.answered,
    questions: lead.questions,
    reviewerTotal: reviewer.answered > 0 ? reviewer.total : null,
    priorTotal,
    components: lead.components.map((c) => ({ id: c.id, title: c.title, weight: c.weight, value: c.value })),
    areas: areas.map((a) => ({ id: a.id, key: a.id, title: a.title, weight: a.weight, value: a.value ?? 0 })),
    predicates: lead.predicates.map((p) => ({ id: p.id, title: p.title, pass: p.pass })),
    nodes,
  };
}
