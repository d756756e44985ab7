import { EMPTY_RECORD } from '../../shared/records/answer-record';
import type { AnswerValue } from '../../shared/template/answer-type';
import { basename } from 'node:path';
import { Connection, DocumentDatabase } from '../../service/documents/sqlite/document-database';

/**
 * The floor of opening a document: its template and every record read out of SQLite through the
 * workbench's own tables (the template's JSON parsed), without checking, migrating or scoring anything.
 */
export function readDocumentRaw(path: string): number {
  const connection = Connection.open(path, { mustExist: true });
  try {
    const store = new DocumentDatabase(connection, basename(path));
    const template = JSON.parse(store.read((db) => db.meta.templateJson()) ?? 'null') as unknown;
    const rows = store.read((db) => db.records.rows());
    return rows.length + (template ? 1 : 0);
  } finally {
    connection.close();
  }
}

/**
 * The floor of saving one edit durably: one write transaction that adds the history entry and writes
 * the record, through the workbench's own tables and connection settings (WAL, synchronous FULL), with
 * no planning, checking or scoring.
 */
export function saveEditRaw(store: DocumentDatabase, itemId: string, value: AnswerValue, at: string): void {
  store.write((db) => {
    db.history.add({ at, author: 'bench', kind: 'edit', label: null, state: 'done', target: null }, [
      { itemId, field: 'answer', before: null, after: value },
    ]);
    db.records.write(itemId, { ...EMPTY_RECORD, answer: value });
  });
}
