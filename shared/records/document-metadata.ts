import { z } from 'zod';

/**
 * What a document says about itself: whose LKE it is and for which year. `model` is the LKE family
 * (zi, pmprb, rb, …); `priorYearDocument` names last year's document, whose answers are shown beside
 * this year's.
 */
export const DocumentMetadataSchema = z.object({
  agency: z.string().nullable(),
  unit: z.string().nullable(),
  year: z.number().int().nullable(),
  model: z.string().nullable(),
  priorYearDocument: z.string().nullable(),
});
export type DocumentMetadata = z.infer<typeof DocumentMetadataSchema>;

export const EMPTY_METADATA: DocumentMetadata = {
  agency: null,
  unit: null,
  year: null,
  model: null,
  priorYearDocument: null,
};
