import type { MetaReads, MetaWrites } from '../storage/document-store';
import {
  checkedOptional,
  checkedRows,
  JsonRowSchema,
  KeyValueRowSchema,
  ValueRowSchema,
} from '../storage/rows';
import type { Connection } from './connection';

/** The template copy and the key/value facts of a document. */
export class MetaTable implements MetaReads, MetaWrites {
  constructor(
    private readonly c: Connection,
    private readonly file: string,
  ) {}

  templateJson(): string | undefined {
    const row = this.c.statement('SELECT json FROM template WHERE id = 1').get();
    return checkedOptional(JsonRowSchema, row, this.file, 'template')?.json;
  }

  writeTemplateJson(json: string): void {
    this.c.statement('INSERT OR REPLACE INTO template (id, json) VALUES (1, ?)').run(json);
  }

  get(key: string): string | undefined {
    const row = this.c.statement('SELECT value FROM meta WHERE key = ?').get(key);
    return checkedOptional(ValueRowSchema, row, this.file, 'meta')?.value;
  }

  entries(): [string, string][] {
    const rows = this.c.statement('SELECT key, value FROM meta ORDER BY key').all();
    return checkedRows(KeyValueRowSchema, rows, this.file, 'meta').map((row) => [row.key, row.value]);
  }

  set(key: string, value: string): void {
    this.c.statement('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
  }
}
