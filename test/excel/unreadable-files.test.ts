import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import { ProblemError } from '../../shared/problem';
import { createTranslator, formatProblem } from '../../shared/i18n/translator';
import type { FixtureManifest } from '../fixtures/workbooks/generate';
import { ensureFixtures } from '../fixtures/workbooks/ensure-fixtures';

let manifest: FixtureManifest;
beforeAll(async () => {
  manifest = await ensureFixtures();
});

const t = createTranslator('id');

/** The lines a user reads for a failed import, or a failure of the test when it did not fail. */
async function failure(path: string): Promise<string[]> {
  try {
    const imported = await importWorkbook(path);
    imported.engine.destroy();
  } catch (error) {
    if (error instanceof ProblemError) return error.problems.map((p) => formatProblem(p, t));
    throw error;
  }
  throw new Error(`${path} was imported`);
}

const listing = (dir: string): string[] => readdirSync(dir).sort();
// Only imports make these (other test files run LibreOffice with their own profiles at the same time).
const converterFolders = (): string[] => readdirSync(tmpdir()).filter((f) => f.startsWith('rbw-convert-'));

describe('files that are not LKE workbooks', () => {
  it.each([
    ['corrupt.xlsx', /corrupt\.xlsx: berkas rusak atau bukan buku kerja Excel yang utuh/],
    ['renamed-pdf.xlsx', /renamed-pdf\.xlsx: berkas ini dokumen PDF, bukan buku kerja Excel/],
    ['encrypted.xlsx', /encrypted\.xlsx: buku kerja dilindungi kata sandi/],
    ['empty.xlsx', /empty\.xlsx: buku kerja tidak berisi data di lembar mana pun/],
    ['not-lke.xlsx', /not-lke\.xlsx: tidak ada lembar yang tampak seperti LKE/],
  ])('%s gives one clear line naming the file and creates nothing', async (name, message) => {
    const path = manifest.broken[name] as string;
    const before = listing(dirname(path));
    const lines = await failure(path);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(listing(dirname(path))).toEqual(before);
  });

  it('names a missing file', async () => {
    expect(await failure('/tmp/tidak-ada/lke.xlsx')).toEqual([
      '/tmp/tidak-ada/lke.xlsx: berkas tidak ditemukan',
    ]);
  });
});

describe('legacy and OpenDocument workbooks', () => {
  const saved = process.env.RBW_SOFFICE;
  afterEach(() => {
    if (saved === undefined) delete process.env.RBW_SOFFICE;
    else process.env.RBW_SOFFICE = saved;
  });

  it.each(['xls', 'ods'] as const)(
    'reads a .%s through LibreOffice and scores it as the .xlsx it came from',
    async (kind) => {
      const leftovers = converterFolders();
      const imported = await importWorkbook(manifest.converted[kind]);
      try {
        const standard = manifest.lke['zi-2021-standard'];
        expect(imported.convertedFrom).toBe(kind === 'xls' ? 'legacy-xls' : 'ods');
        expect(imported.totals.workbook).toBeCloseTo(standard?.expected[standard.totalCell] as number, 9);
        expect(imported.layout.sheet).toBe('LKE ZI');
      } finally {
        imported.engine.destroy();
      }
      expect(converterFolders()).toEqual(leftovers);
    },
  );

  it('says that LibreOffice is needed for a .xls when it is not installed', async () => {
    process.env.RBW_SOFFICE = '/nonexistent/soffice';
    const lines = await failure(manifest.converted.xls);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /zi-2021-standard\.xls: berkas \.xls perlu diubah ke \.xlsx dengan LibreOffice, yang tidak terpasang/,
    );
  });
});
