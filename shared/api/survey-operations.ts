import { z } from 'zod';
import { SURVEY_KINDS } from '../survey/items';
import type { SurveyKind } from '../survey/items';
import { CONVERSIONS } from '../survey/perception';
import type { Conversion } from '../survey/perception';
import { defineOperation } from './define-operation';
import { EditResultSchema } from './document-operations';
import { ProblemSchema } from './envelope';

const DocumentRef = z.object({ documentId: z.string().min(1) });
const Kind = z.enum(SURVEY_KINDS as [SurveyKind, ...SurveyKind[]]);

const ResultSchema = z.object({
  respondents: z.number().int(),
  /** SKM: the IKM 0–100; IPAK/IPKP: the 0–4 value. */
  index: z.number().nullable(),
  category: z.string().nullable(),
  /** The value a 0–4 question takes. */
  lkeValue: z.number().nullable(),
});

/** A survey as the screen, the CLI and the report show it: settings, result per element and service type. */
export const SurveyViewSchema = ResultSchema.extend({
  name: z.string(),
  kind: Kind,
  scale: z.number().int(),
  weights: z.enum(['exact', 'rounded']),
  conversion: z.enum(CONVERSIONS as [Conversion, ...Conversion[]]),
  population: z.number().int().nullable(),
  sourceFile: z.string(),
  importedAt: z.string(),
  /** IPAK/IPKP: the plain average on the survey's own scale. */
  average: z.number().nullable(),
  elements: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      header: z.string(),
      nrr: z.number().nullable(),
      answered: z.number().int(),
    }),
  ),
  byServiceType: z.array(ResultSchema.extend({ serviceType: z.string() })),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  sample: z.object({ population: z.number().int(), needed: z.number().int() }).nullable(),
  warnings: z.array(ProblemSchema),
  /** The ZI minimums for the predicates (IPAK/IPKP), shown beside the value. */
  minimums: z.object({ wbk: z.number(), wbbm: z.number() }).nullable(),
  /** The questions taking their value from the survey. */
  boundTo: z.array(z.object({ itemId: z.string(), title: z.string(), value: z.number().nullable() })),
});
export type SurveyView = z.infer<typeof SurveyViewSchema>;

/** A suggested answer to a Pengungkit question about the surveys (shared/survey/suggest-answers.ts). */
export const AnswerSuggestionSchema = z.object({
  code: z.string(),
  title: z.string(),
  answer: z.string(),
  current: z.string().nullable(),
  reason: z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }),
});

/** What reading a file of responses found, before anything is stored: for the user to confirm. */
export const SurveyReadSchema = z.object({
  columns: z.array(
    z.object({
      column: z.string(),
      header: z.string(),
      item: z.string().nullable(),
      itemName: z.string().nullable(),
      field: z.string().nullable(),
    }),
  ),
  leftOut: z.array(
    z.object({ row: z.number().int(), column: z.string(), header: z.string(), value: z.string() }),
  ),
  emptyRows: z.array(z.number().int()),
  missingItems: z.array(z.string()),
  /** The survey as it would be stored. */
  survey: SurveyViewSchema,
});

const ImportInput = DocumentRef.extend({
  /** The file by its path (inside the workbench's folders), or uploaded from the browser (fileName + bytes). */
  path: z.string().min(1).optional(),
  fileName: z.string().min(1).max(255).optional(),
  contentBase64: z.string().min(1).optional(),
  kind: Kind,
  /** The survey's name in the document; importing under a name already there replaces its answers. */
  name: z.string().min(1).max(200).optional(),
  scale: z.union([z.literal(4), z.literal(5), z.literal(6)]).optional(),
  population: z.number().int().min(1).max(100_000_000).nullable().optional(),
  weights: z.enum(['exact', 'rounded']).optional(),
  conversion: z.enum(CONVERSIONS as [Conversion, ...Conversion[]]).optional(),
}).refine(
  (input) =>
    (input.path !== undefined) !== (input.fileName !== undefined && input.contentBase64 !== undefined),
  {
    message: 'either path, or fileName with contentBase64',
  },
);

/** Surveys whose results feed Hasil (SKM / IKM, IPAK, IPKP). */
export const SURVEY_OPERATIONS = {
  /** The surveys, and the answers they suggest for the Pengungkit questions about them (to confirm). */
  'surveys.list': defineOperation(
    DocumentRef,
    z.object({ surveys: z.array(SurveyViewSchema), suggestions: z.array(AnswerSuggestionSchema) }),
  ),
  /** Reads a file of responses and matches its columns, storing nothing. */
  'surveys.read': defineOperation(ImportInput, SurveyReadSchema),
  /** Stores the responses as one undoable action; the questions bound to the survey follow. */
  'surveys.import': defineOperation(ImportInput, SurveyReadSchema.extend({ result: EditResultSchema })),
  /** A question takes its value from the survey from now on. */
  'surveys.bind': defineOperation(
    DocumentRef.extend({ name: z.string().min(1), itemId: z.string().min(1) }),
    EditResultSchema,
  ),
} as const;
