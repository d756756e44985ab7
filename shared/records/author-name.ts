import { z } from 'zod';

/** The longest name kept for history (one line, as the history dialog shows it). */
export const MAX_AUTHOR_LENGTH = 80;

/** A user's name as history records it: trimmed, one line, not empty. */
export const AuthorNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_AUTHOR_LENGTH)
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f]+$/, 'one line');
