import { basename } from 'node:path';
import type { ReadableDB } from '../storage/document-store';
import { Connection } from './connection';
import { DocumentDatabase } from './document-database';
import { DOCUMENT_FORMAT_VERSION, formatVersionOf } from './migrations';
import { RBW_APPLICATION_ID } from './open-database';

/**
 * A quick read of a document file without opening it for editing (no integrity check, no migration):
 * `look` runs in one read transaction. Null when the file is not a document of this format version, or
 * cannot be read; opening it properly then says what is wrong.
 */
export function peekDocument<T>(path: string, look: (db: ReadableDB) => T): T | null {
  let connection: Connection | undefined;
  try {
    connection = Connection.open(path, { mustExist: true });
    if (connection.db.pragma('application_id', { simple: true }) !== RBW_APPLICATION_ID) return null;
    if (formatVersionOf(connection) !== DOCUMENT_FORMAT_VERSION) return null;
    return new DocumentDatabase(connection, basename(path)).read(look);
  } catch {
    return null;
  } finally {
    connection?.close();
  }
}
