import type {
  StoredSurveyVersion,
  SurveyReads,
  SurveyVersionRow,
  SurveyWrites,
} from '../storage/document-store';
import {
  checkedOptional,
  checkedRow,
  checkedRows,
  RevisionRowSchema,
  StoredSurveyVersionSchema,
  SurveyPointerSchema,
  SurveyVersionRowSchema,
} from '../storage/rows';
import type { DocumentKey } from './pg-tables';

/** A document's surveys on the organisation's server (see sqlite/surveys-table.ts for the file's). */
export class PgSurveys implements SurveyReads, SurveyWrites {
  constructor(private readonly k: DocumentKey) {}

  addVersion(name: string, json: string, at: string, author: string): number {
    // Numbered per document inside the document's write lock, as a file numbers its own rows.
    const [row] = this.k.client.query('SELECT max(id) AS id FROM survey_versions WHERE document_id = $1', [
      this.k.id,
    ]);
    const id = (checkedRow(RevisionRowSchema, row, this.k.file, 'survey_versions').id ?? 0) + 1;
    this.putVersion({ id, name, json, createdAt: at, createdBy: author });
    return id;
  }

  putVersion(v: StoredSurveyVersion): void {
    this.k.client.query(
      'INSERT INTO survey_versions (document_id, id, name, json, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6)',
      [this.k.id, v.id, v.name, v.json, v.createdAt, v.createdBy],
    );
  }

  current(): SurveyVersionRow[] {
    const rows = this.k.client.query(
      `SELECT v.id AS id, s.name AS name, v.json AS json FROM surveys s
       JOIN survey_versions v ON v.document_id = s.document_id AND v.id = s.version
       WHERE s.document_id = $1 ORDER BY s.name`,
      [this.k.id],
    );
    return checkedRows(SurveyVersionRowSchema, rows, this.k.file, 'surveys');
  }

  versions(): StoredSurveyVersion[] {
    const rows = this.k.client.query(
      `SELECT id, name, json, created_at AS "createdAt", created_by AS "createdBy" FROM survey_versions
       WHERE document_id = $1 ORDER BY id`,
      [this.k.id],
    );
    return checkedRows(StoredSurveyVersionSchema, rows, this.k.file, 'survey_versions');
  }

  currentVersion(name: string): number | null {
    const [row] = this.k.client.query('SELECT version FROM surveys WHERE document_id = $1 AND name = $2', [
      this.k.id,
      name,
    ]);
    return checkedOptional(SurveyPointerSchema, row, this.k.file, 'surveys')?.version ?? null;
  }

  hasVersion(id: number, name: string): boolean {
    const rows = this.k.client.query(
      'SELECT 1 FROM survey_versions WHERE document_id = $1 AND id = $2 AND name = $3',
      [this.k.id, id, name],
    );
    return rows.length > 0;
  }

  point(name: string, version: number | null): void {
    if (version === null) {
      this.k.client.query('DELETE FROM surveys WHERE document_id = $1 AND name = $2', [this.k.id, name]);
      return;
    }
    this.k.client.query(
      `INSERT INTO surveys (document_id, name, version) VALUES ($1, $2, $3)
       ON CONFLICT (document_id, name) DO UPDATE SET version = excluded.version`,
      [this.k.id, name, version],
    );
  }
}
