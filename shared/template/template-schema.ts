import { z } from 'zod';
import { AnswerTypeSchema } from './answer-type';
import { CategoryBandSchema } from './category-band';
import { PredicateSchema } from './predicate-schema';

/** Current version of the template format; a template with a larger number is refused. */
export const TEMPLATE_SCHEMA_VERSION = 1;

/**
 * How a sub-area treats unanswered rows: `skip` leaves them out of the average (what Excel's AVERAGE
 * does with "Blm Diisi"), `zero` counts them as 0 (what some tools do).
 */
export const UnansweredPolicySchema = z.enum(['skip', 'zero']);
export type UnansweredPolicy = z.infer<typeof UnansweredPolicySchema>;

/** External references of a node: a workbook row, a national-portal question id, a cell. */
export const RefsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/** A `Jumlah` input feeding a derived indicator: answered, kept, but not scored itself. */
export const InputSchema = z.object({
  id: z.string().min(1),
  code: z.string(),
  title: z.string(),
  answerType: z.string().min(1),
  refs: RefsSchema.optional(),
});
export type Input = z.infer<typeof InputSchema>;

/**
 * A ratio derived from count inputs: (Σ numerator − Σ subtract) ÷ Σ denominator, clamped to [min, max].
 * Every id in `requires` must be answered, otherwise the indicator is unanswered (as the workbook's
 * "Blm Diisi"). A zero denominator takes the declared `onZeroDenominator` value, or `onAllZero` when
 * every numerator and denominator input is 0 (e.g. no violations last year and none this year = 1).
 */
export const DerivationSchema = z.object({
  kind: z.literal('ratio'),
  numerator: z.array(z.string()).min(1),
  subtract: z.array(z.string()).default([]),
  denominator: z.array(z.string()).min(1),
  requires: z.array(z.string()),
  min: z.number().default(0),
  max: z.number().default(1),
  onZeroDenominator: z.number(),
  onAllZero: z.number().optional(),
});
export type Derivation = z.infer<typeof DerivationSchema>;

/**
 * A gate from another indicator: `zero-when` forces this indicator to 0 when the source's answer is one
 * of `answers` (older RB workbooks: a row worth nothing when the row above is "Tidak"); `multiply`
 * multiplies this indicator's share by the source's share (unanswered until the source is answered);
 * `copy` takes the source's share instead of its own answer's (a workbook whose formula on this row reads
 * another row's answer: kept so that the template scores as that workbook does).
 */
export const GateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('zero-when'), source: z.string(), answers: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal('multiply'), source: z.string() }),
  z.object({ kind: z.literal('copy'), source: z.string() }),
]);
export type Gate = z.infer<typeof GateSchema>;

export const IndicatorSchema = z.object({
  kind: z.literal('indicator'),
  id: z.string().min(1),
  code: z.string(),
  title: z.string(),
  /** Label of one of the template's answer types, e.g. `A/B/C`, `Ya/Tidak`, `%`, `Nilai (0-4)`. */
  answerType: z.string().min(1),
  /** The explanation column ("Penjelasan"), with the option texts as the workbook words them. */
  guidance: z.string().optional(),
  /** Text of each option for this question ("Jika …"), keyed by option key. */
  optionTexts: z.record(z.string(), z.string()).optional(),
  /** Points of this indicator when it sits directly under a `sum` group (Hasil rows: 17.5, 5). */
  weight: z.number().nonnegative().optional(),
  derive: DerivationSchema.optional(),
  inputs: z.array(InputSchema).optional(),
  gate: GateSchema.optional(),
  refs: RefsSchema.optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const GroupLevelSchema = z.enum(['root', 'component', 'sub-component', 'area', 'sub-area']);
export type GroupLevel = z.infer<typeof GroupLevelSchema>;

/**
 * A component, sub-component, area or sub-area. `sum` adds its children's points; `average` takes the
 * average share of its indicators times its weight (the official sub-area rule).
 */
export interface Group {
  kind: 'group';
  id: string;
  code: string;
  title: string;
  level: GroupLevel;
  weight: number;
  aggregate: 'sum' | 'average';
  unanswered?: UnansweredPolicy | undefined;
  /** Areas with the same key are one area of change split over Pemenuhan and Reform. */
  areaKey?: string | undefined;
  refs?: Record<string, string | number> | undefined;
  children: TemplateNode[];
}
export type TemplateNode = Group | Indicator;

export const GroupSchema: z.ZodType<Group> = z.lazy(() =>
  z.object({
    kind: z.literal('group'),
    id: z.string().min(1),
    code: z.string(),
    title: z.string(),
    level: GroupLevelSchema,
    weight: z.number().nonnegative(),
    aggregate: z.enum(['sum', 'average']),
    unanswered: UnansweredPolicySchema.optional(),
    areaKey: z.string().optional(),
    refs: RefsSchema.optional(),
    children: z.array(z.union([GroupSchema, IndicatorSchema])),
  }),
);

export const TemplateSchema = z.object({
  format: z.literal('rbw-template'),
  schemaVersion: z.number().int().min(1).max(TEMPLATE_SCHEMA_VERSION),
  id: z.string().min(1),
  version: z.string().min(1),
  title: z.string().min(1),
  /** The family: `zi` (Zona Integritas), `pmprb`, `rb` (Indeks RB) or `other`. */
  model: z.enum(['zi', 'pmprb', 'rb', 'other']),
  year: z.number().int().optional(),
  source: z.string().optional(),
  unanswered: UnansweredPolicySchema,
  answerTypes: z.array(AnswerTypeSchema).min(1),
  root: GroupSchema,
  categories: z.array(CategoryBandSchema).optional(),
  predicates: z.array(PredicateSchema).optional(),
});
export type Template = z.infer<typeof TemplateSchema>;
