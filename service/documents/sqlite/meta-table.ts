import type { Connection } from './connection';

/** The template copy and the key/value facts of a document. */
export class MetaTable {
  constructor(private readonly c: Connection) {}

  templateJson(): string | undefined {
    const row = this.c.statement('SELECT json FROM template WHERE id = 1').get() as
      { json: string } | undefined;
    return row?.json;
  }

  writeTemplateJson(json: string): void {
    this.c.statement('INSERT OR REPLACE INTO template (id, json) VALUES (1, ?)').run(json);
  }

  get(key: string): string | undefined {
    const row = this.c.statement('SELECT value FROM meta WHERE key = ?').get(key) as
      { value: string } | undefined;
    return row?.value;
  }

  set(key: string, value: string): void {
    this.c.statement('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
  }
}
