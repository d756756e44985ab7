import type { Connection } from './connection';

/** A survey's stored version: its name and JSON (shared/survey/survey.ts). */
export interface SurveyVersionRow {
  id: number;
  name: string;
  json: string;
}

/** The surveys of a document: immutable versions, and which version of each survey is current. */
export class SurveysTable {
  constructor(private readonly c: Connection) {}

  addVersion(name: string, json: string, at: string, author: string): number {
    const info = this.c
      .statement('INSERT INTO survey_versions (name, json, created_at, created_by) VALUES (?, ?, ?, ?)')
      .run(name, json, at, author);
    return Number(info.lastInsertRowid);
  }

  /** The current version of every survey, in name order. */
  current(): SurveyVersionRow[] {
    return this.c
      .statement(
        'SELECT v.id AS id, s.name AS name, v.json AS json FROM surveys s JOIN survey_versions v ON v.id = s.version ORDER BY s.name',
      )
      .all() as SurveyVersionRow[];
  }

  currentVersion(name: string): number | null {
    const row = this.c.statement('SELECT version FROM surveys WHERE name = ?').get(name) as
      { version: number } | undefined;
    return row?.version ?? null;
  }

  hasVersion(id: number, name: string): boolean {
    return (
      this.c.statement('SELECT 1 FROM survey_versions WHERE id = ? AND name = ?').get(id, name) !== undefined
    );
  }

  /** Points a survey at a version, or removes it from the document (null); versions stay. */
  point(name: string, version: number | null): void {
    if (version === null) this.c.statement('DELETE FROM surveys WHERE name = ?').run(name);
    else this.c.statement('INSERT OR REPLACE INTO surveys (name, version) VALUES (?, ?)').run(name, version);
  }
}
