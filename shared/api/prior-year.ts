import { z } from 'zod';

/** Last year's answers and values beside this year's, from a workbook that holds both years. */
export const PriorYearViewSchema = z.object({
  /** The header of last year's answer column ("2022 Jawaban") and its year when it names one. */
  label: z.string(),
  year: z.number().int().optional(),
  /** Last year's total as the workbook computes it; null when it shows an error. */
  total: z.number().nullable(),
  /** By item id: last year's answer and the value the workbook gives it. */
  items: z.record(
    z.string(),
    z.object({ answer: z.union([z.string(), z.number()]).nullable(), value: z.number().nullable() }),
  ),
});
export type PriorYearView = z.infer<typeof PriorYearViewSchema>;
