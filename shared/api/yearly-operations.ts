import { z } from 'zod';
import { DocumentMetadataSchema } from '../records/document-metadata';
import { LastYearSchema } from '../yearly/last-year';
import {
  NewRecommendationSchema,
  RecommendationChangesSchema,
  RecommendationSchema,
} from '../yearly/recommendation';
import { StartReportSchema } from '../yearly/start-report';
import { defineOperation } from './define-operation';
import { DocumentViewSchema } from './document-operations';

const DocumentRef = z.object({ documentId: z.string().min(1) });

const CarriedSchema = z.object({
  record: z.object({
    answer: z.union([z.string(), z.number()]).nullable(),
    note: z.string().nullable(),
    evidence: z.array(z.unknown()),
    pokja: z.string().nullable(),
  }),
  confirmed: z.boolean(),
});

/**
 * The yearly cycle: a document started from last year's, last year beside this year, the answers carried
 * over and their confirmation, and the recommendations followed up (tindak lanjut).
 */
export const YEARLY_OPERATIONS = {
  /** A new document from a template, started from last year's document (.rbw) or workbook. */
  'documents.startFromLastYear': defineOperation(
    z.object({
      /** Where to make it; in the workbench's folder when left out (the window). */
      path: z.string().min(1).optional(),
      templateId: z.string().min(1),
      lastYearPath: z.string().min(1),
      metadata: DocumentMetadataSchema.partial().optional(),
    }),
    z.object({ view: DocumentViewSchema, report: StartReportSchema }),
  ),
  /** Last year's LKE as the document keeps it, and which items still show what was carried, unconfirmed. */
  'yearly.view': defineOperation(
    DocumentRef,
    z.object({
      lastYear: LastYearSchema.nullable(),
      carried: z.record(z.string(), CarriedSchema),
      unconfirmed: z.array(z.string()),
    }),
  ),
  /** Confirms carried answers as this year's (they stop being "dari tahun lalu"). */
  'yearly.confirm': defineOperation(
    DocumentRef.extend({ itemIds: z.array(z.string().min(1)).min(1).max(100_000) }),
    z.object({ confirmed: z.number().int(), unconfirmed: z.array(z.string()) }),
  ),
  'recommendations.list': defineOperation(DocumentRef, z.array(RecommendationSchema)),
  'recommendations.add': defineOperation(
    DocumentRef.extend({ recommendation: NewRecommendationSchema }),
    RecommendationSchema,
  ),
  'recommendations.set': defineOperation(
    DocumentRef.extend({ id: z.number().int(), changes: RecommendationChangesSchema }),
    RecommendationSchema,
  ),
} as const;
