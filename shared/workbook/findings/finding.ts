import { z } from 'zod';
import { parseCellName } from '../read/cell-address';

/**
 * What `rbw inspect` reports about a workbook: places where its formulas differ from the standard rule,
 * and what users typed that the workbook cannot score as meant. A finding reads like a Problem (its
 * `code` is a key of the locale files under `finding.`, `params` fill the message, `where` points at the
 * sheet and cell) and adds the two formulas and the effect on the total where they apply.
 */
export const FINDING_CODES = [
  'finding.formulaDiffers',
  'finding.formulaCountsBlank',
  'finding.optionValuesDiffer',
  'finding.foreignReference',
  'finding.unrecognisedFormula',
  'finding.unknownAnswerType',
  'finding.answerNotAnOption',
  'finding.typedTotalDiffers',
  'finding.weightsDoNotAddUp',
  'finding.missingWeight',
  'finding.divisionByZero',
  'finding.emptySubArea',
  'finding.errorInWorkbook',
  'finding.engineDiffers',
  'finding.noFormulas',
  'finding.rowsNotCounted',
  'finding.unreadableFormula',
  'finding.formulaTooDeep',
  'finding.readsOtherRow',
  'finding.matchedTemplate',
  'finding.unmatchedRows',
  'finding.totalNotATotal',
  // Findings are about the file (issue 22)
  'finding.formulaDiffersOnTrial',
  'finding.formulaCountsBlankOnTrial',
  'finding.differenceExplained',
  'finding.incompleteTotal',
  // A total must be a total (issue 22)
  'finding.totalAboveMaximum',
  'finding.totalNotItsComponents',
  // A total the workbench adds states its maximum (issue 22)
  'finding.addedTotalAboveMaximum',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export const FindingSchema = z.object({
  code: z.enum(FINDING_CODES),
  /** `difference`: the workbook scores differently from the rule; `warning`: input to check; `info`. */
  severity: z.enum(['difference', 'warning', 'info']),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  where: z.object({
    file: z.string().optional(),
    sheet: z.string().optional(),
    cell: z.string().optional(),
    row: z.number().int().optional(),
    field: z.string().optional(),
  }),
  /** The template node concerned. */
  nodeId: z.string().optional(),
  workbookFormula: z.string().optional(),
  standardFormula: z.string().optional(),
  /**
   * Workbook total minus the total with the standard formula in its place, on the file's own answers,
   * measured one finding after another down the sheet (each with the ones above already in the standard
   * form), so that the effects listed add up.
   */
  effect: z.number().optional(),
  /**
   * The trial answer set (its number) the difference was seen with; absent: the file's own answers.
   * With it, `fileValue` is what the cell shows with the file's own answers (as Excel shows the file).
   */
  trial: z.number().int().optional(),
  fileValue: z.union([z.number(), z.string()]).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** Orders findings for reading: differences first, then down the sheet. */
export function sortFindings(findings: Finding[]): Finding[] {
  const rank = { difference: 0, warning: 1, info: 2 } as const;
  const rowOf = (f: Finding): number =>
    f.where.cell ? (parseCellName(f.where.cell)?.row ?? 0) + 1 : (f.where.row ?? 0);
  return [...findings].sort((a, b) => rank[a.severity] - rank[b.severity] || rowOf(a) - rowOf(b));
}
