import type { UnitScores } from '../../shared/portfolio/unit-scores';
import { UNIT_SCORES_VERSION, UnitScoresSchema } from '../../shared/portfolio/unit-scores';
import type { DocumentMetadata } from '../../shared/records/document-metadata';
import { DocumentMetadataSchema, EMPTY_METADATA } from '../../shared/records/document-metadata';
import { Connection } from '../documents/sqlite/connection';
import { DocumentDatabase } from '../documents/sqlite/document-database';
import { DOCUMENT_FORMAT_VERSION, formatVersionOf } from '../documents/sqlite/migrations';
import { RBW_APPLICATION_ID } from '../documents/sqlite/open-database';

/** The key of the meta table under which a document keeps its stored scores (JSON). */
const KEY = 'storedScores';

export interface StoredLook {
  /** The stored scores when they belong to the document's current revision; else null. */
  scores: UnitScores | null;
  metadata: DocumentMetadata;
}

/**
 * A quick look into a document without opening it for editing (no template, no scoring, no integrity
 * check): its metadata and its stored scores if they are current. Null when the file is not a document
 * of this version of the app; opening it properly then says what is wrong.
 */
export function lookInto(path: string): StoredLook | null {
  let connection: Connection | undefined;
  try {
    connection = Connection.open(path, { mustExist: true });
    const { db } = connection;
    if (db.pragma('application_id', { simple: true }) !== RBW_APPLICATION_ID) return null;
    if (formatVersionOf(connection) !== DOCUMENT_FORMAT_VERSION) return null;
    const database = new DocumentDatabase(connection);
    return database.read(() => {
      const metadata = DocumentMetadataSchema.safeParse(JSON.parse(database.meta.get('metadata') ?? 'null'));
      const stored = UnitScoresSchema.safeParse(JSON.parse(database.meta.get(KEY) ?? 'null'));
      const current = stored.success && stored.data.revision === database.history.revision();
      return {
        scores: current ? stored.data : null,
        metadata: metadata.success ? metadata.data : EMPTY_METADATA,
      };
    });
  } catch {
    return null;
  } finally {
    connection?.close();
  }
}

/** The revision of the scores a document keeps (-2 when it keeps none or they cannot be read). */
export function storedRevision(database: DocumentDatabase): number {
  return database.read(() => {
    const stored = UnitScoresSchema.safeParse(JSON.parse(database.meta.get(KEY) ?? 'null'));
    return stored.success ? stored.data.revision : -2;
  });
}

/** Keeps the scores in the document (one small write, no history entry: they are derived). */
export function storeScores(database: DocumentDatabase, scores: UnitScores): void {
  if (scores.version !== UNIT_SCORES_VERSION) return;
  database.write(() => {
    // Stored only if nobody edited the document since the scores were computed.
    if (database.history.revision() === scores.revision) database.meta.set(KEY, JSON.stringify(scores));
  });
}
