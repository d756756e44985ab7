import { z } from 'zod';

/**
 * The largest file a document keeps inside itself (10 MB). Anything bigger belongs on the shared drive,
 * with its link as evidence: a document is mailed around and copied to flash drives, and a few scanned
 * PDFs must not turn it into a file nobody can send.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/**
 * A file attached as evidence and stored in the document, addressed by the SHA-256 of its bytes: the
 * same file attached twice is stored once, and a record restored from history or a snapshot still
 * finds its file.
 */
export const AttachmentRefSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().min(1),
  size: z.number().int().nonnegative(),
  mediaType: z.string().optional(),
});
export type AttachmentRef = z.infer<typeof AttachmentRefSchema>;
