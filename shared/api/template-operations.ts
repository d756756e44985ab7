import { z } from 'zod';
import { defineOperation } from './define-operation';

/**
 * The organisation's own templates (issue 26): "Jadikan template" for a document imported from a
 * workbook saves the structure the reader found (and the workbook, emptied) among the user's templates.
 */
export const TEMPLATE_OPERATIONS = {
  'templates.fromDocument': defineOperation(
    z.object({
      documentId: z.string(),
      id: z.string().min(1).max(64),
      name: z.string().min(1).max(300),
    }),
    z.object({
      id: z.string(),
      title: z.string(),
      version: z.string(),
      questions: z.number().int(),
      replaced: z.boolean(),
      withWorkbook: z.boolean(),
    }),
  ),
} as const;
