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

/** The header that names the window a browser-mode call comes from (a tab; kept across its reloads). */
export const WINDOW_HEADER = 'x-rbw-window';

/** What a window id may be: it is the window's own name for itself, never trusted further than that. */
export const WINDOW_ID = /^[A-Za-z0-9_-]{8,64}$/;
