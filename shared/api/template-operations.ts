import { z } from 'zod';
import { TemplateSchema } from '../template/template-schema';
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
  /** The template editor (issue 26): a template to edit (a copy of a built-in one, or the user's own). */
  'templates.get': defineOperation(
    z.object({ id: z.string().min(1).max(64) }),
    z.object({ template: TemplateSchema, builtin: z.boolean(), withWorkbook: z.boolean() }),
  ),
  /**
   * The template editor saves a template among the user's own: checked as a template file is, its
   * version one more than the one saved before (1 for a new id). `replace` says the editor opened the
   * template of that id; without it an id already taken is refused.
   */
  'templates.save': defineOperation(
    z.object({ template: TemplateSchema, replace: z.boolean() }),
    z.object({
      id: z.string(),
      title: z.string(),
      version: z.string(),
      questions: z.number().int(),
      replaced: z.boolean(),
    }),
  ),
} as const;
