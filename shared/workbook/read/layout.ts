import { z } from 'zod';

/**
 * Where an LKE lives in its workbook: the sheet, the header rows, which column holds what, and the
 * row of every template node. It is plain JSON so that a document can store it beside the original
 * .xlsx bytes and rebuild the formula engine from both. Rows and columns are 0-based.
 */
export const AnswerBlockSchema = z.object({
  /** Header text of the block's answer column ("Jawaban", "Jawaban TPI", "2022 Jawaban"). */
  label: z.string(),
  year: z.number().int().optional(),
  answer: z.number().int().min(0),
  value: z.number().int().min(0).optional(),
  note: z.number().int().min(0).optional(),
  evidence: z.number().int().min(0).optional(),
  link: z.number().int().min(0).optional(),
});
export type AnswerBlock = z.infer<typeof AnswerBlockSchema>;

export const ColumnMapSchema = z.object({
  /** First and last column of the numbering and titles (B..G in the ZI 2021 sheet). */
  hierarchy: z.object({ first: z.number().int().min(0), last: z.number().int().min(0) }),
  number: z.number().int().min(0).optional(),
  weight: z.number().int().min(0).optional(),
  guidance: z.number().int().min(0).optional(),
  type: z.number().int().min(0).optional(),
  percent: z.number().int().min(0).optional(),
  /** Columns users add to plan the work: the pokja (PIC), the status and the target month. */
  pokja: z.number().int().min(0).optional(),
  status: z.number().int().min(0).optional(),
  targetMonth: z.number().int().min(0).optional(),
  /** This year's answers of the unit. */
  unit: AnswerBlockSchema,
  /** Last year's answers, when the workbook holds two years side by side. */
  prior: AnswerBlockSchema.optional(),
  /** The reviewer's (TPI / APIP / evaluator) answers. */
  reviewer: AnswerBlockSchema.optional(),
  /**
   * Further reviewers' answers, left to right (a ministry's TPI after the unit's TPI): read and scored,
   * kept in the workbook; a document edits the first reviewer's.
   */
  reviewers: z.array(AnswerBlockSchema).optional(),
});
export type ColumnMap = z.infer<typeof ColumnMapSchema>;

export const CellPlaceSchema = z.object({
  /** The sheet, when it is not the LKE sheet (a summary sheet's headline). */
  sheet: z.string().optional(),
  row: z.number().int().min(0),
  col: z.number().int().min(0),
  /**
   * Set when the workbook has no total row: the workbench adds this formula (the sum of the components'
   * value cells) in an empty cell below the LKE, so that there is a total to compare and to show.
   */
  formula: z.string().optional(),
});
export type CellPlace = z.infer<typeof CellPlaceSchema>;

export const WorkbookLayoutSchema = z.object({
  sheet: z.string(),
  headerRows: z.object({ first: z.number().int().min(0), last: z.number().int().min(0) }),
  columns: ColumnMapSchema,
  /** Row of every template node (groups, indicators, inputs) by id. */
  rows: z.record(z.string(), z.number().int().min(0)),
  /** The cell holding the workbook's own grand total ('LKE ZI'!L208), when it has one. */
  total: CellPlaceSchema.optional(),
  /** Last year's grand total, in the prior block's value column. */
  priorTotal: CellPlaceSchema.optional(),
  /**
   * Columns of groups whose value stands in another column than the questions' (sub-areas summed in M
   * beside questions scored in L), by id; offsets from the unit's value column, so that the same holds
   * for last year's block.
   */
  valueColumnOffsets: z.record(z.string(), z.number().int()).optional(),
  /** The reviewers' totals, one per reviewer block (first the `reviewer`, then the `reviewers`). */
  reviewerTotals: z.array(CellPlaceSchema.nullable()).optional(),
  /**
   * This sheet's own total, when the workbook's headline is computed elsewhere from several answer
   * sets (the centre's sheet beside its units', averaged on a summary sheet).
   */
  sheetTotal: CellPlaceSchema.optional(),
  /** Other sheets holding the same questions in the same cells, each with its own total. */
  answerSets: z
    .array(
      z.object({
        sheet: z.string(),
        total: CellPlaceSchema.optional(),
        /** Rows of the template's nodes on that sheet, where they differ from the LKE sheet's. */
        rows: z.record(z.string(), z.number().int().min(0)).optional(),
      }),
    )
    .optional(),
});
export type WorkbookLayout = z.infer<typeof WorkbookLayoutSchema>;
