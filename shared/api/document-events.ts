import { z } from 'zod';
import { EditResultSchema } from './document-operations';

/**
 * "This document changed", as every window showing it is told (service/documents/document-events.ts):
 * the records the action changed, the scores the service computed and the revision before and after,
 * and the window whose action it was (null: the command line, a program without a window).
 */
export const DocumentChangeSchema = EditResultSchema.omit({
  notices: true,
  canUndo: true,
  canRedo: true,
  steps: true,
}).extend({ documentId: z.string(), window: z.string().nullable() });

export type DocumentChangeEvent = z.infer<typeof DocumentChangeSchema>;

// In a module of their own, without zod: the page's first script sends them before the libraries load.
export { WINDOW_HEADER, WINDOW_ID } from './window-header';
