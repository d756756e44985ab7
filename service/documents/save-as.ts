import type { DocumentSession } from './document-session';
import { writeNewFile } from './write-new-file';

/**
 * "Save as": a complete, consistent copy of the document (one consistent read of the store, so edits
 * committed by another program are included and nothing is half-copied) under a new name that must not exist.
 */
export async function saveDocumentAs(session: DocumentSession, path: string): Promise<void> {
  await writeNewFile(path, (temp) => session.store.copyTo(temp));
}
