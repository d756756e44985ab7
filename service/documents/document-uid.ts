import { randomUUID } from 'node:crypto';
import type { ReadableDB } from './storage/document-store';

/** The meta key of a document's identity, shared by every copy of its file. */
export const DOCUMENT_UID_KEY = 'documentUid';

/** A new identity, given when a document is created. */
export const newDocumentUid = (): string => randomUUID();

/**
 * Which document this is, whatever its file is called: the identity given at creation, or for a
 * document created before identities were given, the moment it was created (kept since then).
 */
export function documentUid(db: ReadableDB): string {
  return db.meta.get(DOCUMENT_UID_KEY) ?? `created:${db.meta.get('createdAt') ?? ''}`;
}
