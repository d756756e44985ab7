import type {
  StoredSurveyVersion,
  SurveyReads,
  SurveyVersionRow,
  SurveyWrites,
} from '../storage/document-store';
import {
  checkedOptional,
  checkedRows,
  StoredSurveyVersionSchema,
  SurveyPointerSchema,
  SurveyVersionRowSchema,
} from '../storage/rows';
import type { Connection } from './connection';

/** The surveys of a document: immutable versions, and which version of each survey is current. */
export class SurveysTable implements SurveyReads, SurveyWrites {
  constructor(
    private readonly c: Connection,
    private readonly file: string,
  ) {}

  addVersion(name: string, json: string, at: string, author: string): number {
    const info = this.c
      .statement('INSERT INTO survey_versions (name, json, created_at, created_by) VALUES (?, ?, ?, ?)')
      .run(name, json, at, author);
    return Number(info.lastInsertRowid);
  }

  putVersion(v: StoredSurveyVersion): void {
    this.c
      .statement(
        'INSERT INTO survey_versions (id, name, json, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
      )
      .run(v.id, v.name, v.json, v.createdAt, v.createdBy);
  }

  current(): SurveyVersionRow[] {
    const rows = this.c
      .statement(
        'SELECT v.id AS id, s.name AS name, v.json AS json FROM surveys s JOIN survey_versions v ON v.id = s.version ORDER BY s.name',
      )
      .all();
    return checkedRows(SurveyVersionRowSchema, rows, this.file, 'surveys');
  }

  versions(): StoredSurveyVersion[] {
    const rows = this.c
      .statement(
        'SELECT id, name, json, created_at AS createdAt, created_by AS createdBy FROM survey_versions ORDER BY id',
      )
      .all();
    return checkedRows(StoredSurveyVersionSchema, rows, this.file, 'survey_versions');
  }

  currentVersion(name: string): number | null {
    const row = this.c.statement('SELECT version FROM surveys WHERE name = ?').get(name);
    return checkedOptional(SurveyPointerSchema, row, this.file, 'surveys')?.version ?? null;
  }

  hasVersion(id: number, name: string): boolean {
    return (
      this.c.statement('SELECT 1 FROM survey_versions WHERE id = ? AND name = ?').get(id, name) !== undefined
    );
  }

  point(name: string, version: number | null): void {
    if (version === null) this.c.statement('DELETE FROM surveys WHERE name = ?').run(name);
    else this.c.statement('INSERT OR REPLACE INTO surveys (name, version) VALUES (?, ?)').run(name, version);
  }
}
