import { describe, expect, it } from 'vitest';
import { readMigrationFiles } from '../../../scripts/generate-migrations';
import { DOCUMENT_FORMAT_VERSION, MIGRATIONS } from './migrations';

describe('the migrations', () => {
  it('are the .sql files of service/documents/migrations, numbered from 1 without gaps', () => {
    const files = readMigrationFiles();
    expect(
      MIGRATIONS.map((m) => ({ name: m.name, sql: m.sql })),
      'run npm run generate:migrations',
    ).toEqual(files);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(files.map((_, i) => i + 1));
    expect(DOCUMENT_FORMAT_VERSION).toBe(files.length);
    expect(DOCUMENT_FORMAT_VERSION).toBeGreaterThanOrEqual(2);
  });
});
