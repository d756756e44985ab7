import { describe, expect, it } from 'vitest';
import { readMigrationFiles } from '../../../scripts/generate-migrations';
import { DOCUMENT_FORMAT_VERSION, MIGRATIONS } from './migrations';

describe('the migrations', () => {
  it('are the .sql files of service/documents/migrations, numbered from 1 upwards', () => {
    const files = readMigrationFiles();
    expect(
      MIGRATIONS.map((m) => ({ name: m.name, sql: m.sql })),
      'run npm run generate:migrations',
    ).toEqual(files);
    // Rising; a number handed to a parallel branch may be missing until it is merged (005 before 004).
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual(files.map((f) => Number(f.name.slice(0, 3))));
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions[0]).toBe(1);
    expect(DOCUMENT_FORMAT_VERSION).toBe(versions.at(-1));
    expect(DOCUMENT_FORMAT_VERSION).toBeGreaterThanOrEqual(2);
  });
});
