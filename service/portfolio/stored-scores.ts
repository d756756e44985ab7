import type { UnitScores } from '../../shared/portfolio/unit-scores';
import { UNIT_SCORES_VERSION, UnitScoresSchema } from '../../shared/portfolio/unit-scores';
import type { DocumentMetadata } from '../../shared/records/document-metadata';
import { DocumentMetadataSchema, EMPTY_METADATA } from '../../shared/records/document-metadata';
import type { DocumentStore, ReadableDB, WritableDB } from '../documents/storage/document-store';
import { peekDocument } from '../documents/sqlite/peek-document';

/** The key of the meta table under which a document keeps its stored scores (JSON). */
const KEY = 'storedScores';

export interface StoredLook {
  /** The stored scores when they belong to the document's current revision; else null. */
  scores: UnitScores | null;
  metadata: DocumentMetadata;
}

/**
 * A quick look into a document file without opening it for editing (no template, no scoring, no
 * integrity check): its metadata and its stored scores if they are current. Null when the file is not a
 * document of this version of the app; opening it properly then says what is wrong.
 */
export function lookInto(path: string): StoredLook | null {
  return peekDocument(path, storedLook);
}

/** The metadata and current stored scores of a document, in any store. */
export function storedLook(db: ReadableDB): StoredLook {
  const metadata = DocumentMetadataSchema.safeParse(JSON.parse(db.meta.get('metadata') ?? 'null'));
  const stored = UnitScoresSchema.safeParse(JSON.parse(db.meta.get(KEY) ?? 'null'));
  const current = stored.success && stored.data.revision === db.history.revision();
  return {
    scores: current ? stored.data : null,
    metadata: metadata.success ? metadata.data : EMPTY_METADATA,
  };
}

/** The revision of the scores a document keeps (-2 when it keeps none or they cannot be read). */
export function storedRevision(store: DocumentStore): number {
  return store.read((db) => {
    const stored = UnitScoresSchema.safeParse(JSON.parse(db.meta.get(KEY) ?? 'null'));
    return stored.success ? stored.data.revision : -2;
  });
}

/** Keeps the scores in the document (one small write, no history entry: they are derived). */
export function storeScores(store: DocumentStore, scores: UnitScores): void {
  if (scores.version !== UNIT_SCORES_VERSION) return;
  store.write((db) => {
    // Stored only if nobody edited the document since the scores were computed.
    if (db.history.revision() === scores.revision) db.meta.set(KEY, JSON.stringify(scores));
  });
}

/** Keeps the scores in the write transaction of the action they follow (the organisation's server). */
export function writeScores(db: WritableDB, scores: UnitScores): void {
  if (scores.version === UNIT_SCORES_VERSION) db.meta.set(KEY, JSON.stringify(scores));
}
