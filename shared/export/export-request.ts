import { z } from 'zod';

/**
 * What an export produces: `lke` the evaluation sheet (in the layout of the workbook a document was
 * imported from, else a clean official-style sheet), `portal2026` the national upload sheet `Jawaban`,
 * `rekap` the summary of every component, area and sub-area.
 */
export const EXPORT_FORMATS = ['lke', 'portal2026', 'rekap'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** An export asked for by the CLI or the app; `pokja` limits it to the areas of one pokja. */
export const ExportRequestSchema = z.object({
  format: ExportFormatSchema.default('lke'),
  pokja: z.string().trim().min(1).optional(),
  path: z.string().min(1),
});
export type ExportRequest = z.input<typeof ExportRequestSchema>;
