import ExcelJS from 'exceljs';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runRbw } from './run-rbw';

// Whole `rbw` processes on a loaded two-core machine: generous ceilings.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const folder = mkdtempSync(join(tmpdir(), 'rbw-pokja-duplicates-'));
const exported = join(folder, 'pokja-1.xlsx');
const AUTHOR = '--author=koordinator';

/** A fresh document with Pokja 1's area (A.I.1) assigned, and its pokja's file exported. */
async function documentWithPokja(name: string): Promise<string> {
  const doc = join(folder, name);
  expect((await runRbw(['new', '--template', 'zi-2021', '--out', doc, AUTHOR])).code).toBe(0);
  expect((await runRbw(['set', doc, 'A.I.1.i.a', '--pokja', 'Pokja 1', AUTHOR])).code).toBe(0);
  return doc;
}

/**
 * The pokja's file filled: A.I.1.i.a on its own row 8 (K answer, O note) and on copies of that row
 * appended below the LKE with other values, as a pokja copying a row would leave it.
 */
async function withRepeats(
  name: string,
  first: { answer: string; note: string },
  repeats: { answer: string; note: string }[],
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(exported);
  const sheet = workbook.getWorksheet('LKE') as ExcelJS.Worksheet;
  expect(sheet.getCell('A8').value).toBe('A.I.1.i.a');
  sheet.getCell('K8').value = first.answer;
  sheet.getCell('O8').value = first.note;
  const start = sheet.rowCount + 2;
  repeats.forEach((repeat, i) => {
    const row = copyOfRow8(sheet, start + i);
    row.getCell('K').value = repeat.answer;
    row.getCell('O').value = repeat.note;
  });
  const path = join(folder, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Row 8 (A.I.1.i.a, every column the file has) copied to row `at`, as a pokja copying a row does. */
function copyOfRow8(sheet: ExcelJS.Worksheet, at: number): ExcelJS.Row {
  const row = sheet.getRow(at);
  sheet.getRow(8).eachCell((cell, col) => (row.getCell(col).value = cell.value));
  return row;
}

const historyLength = async (doc: string): Promise<number> =>
  JSON.parse((await runRbw(['history', doc, '--json', '--limit', '1000'])).stdout).entries.length;

let doc: string;
beforeAll(async () => {
  doc = await documentWithPokja('lke.rbw');
  expect((await runRbw(['export', doc, '--out', exported, '--pokja', 'Pokja 1'])).code).toBe(0);
});

describe('a pokja file holding one code on two rows', () => {
  it('rows disagreeing are a conflict inside the file: exit 3, both rows shown, nothing written', async () => {
    const file = await withRepeats('dua-baris.xlsx', { answer: 'Ya', note: 'SK tim terbit Maret' }, [
      { answer: 'Tidak', note: 'SK tim belum ada' },
    ]);
    const steps = await historyLength(doc);
    for (const take of [[], ['--take', 'theirs']]) {
      const run = await runRbw(['merge', doc, file, ...take, AUTHOR]);
      expect(run.code).toBe(3);
      const lines = run.stdout.split('\n').filter(Boolean);
      expect(lines).toEqual([
        expect.stringMatching(
          /^A\.I\.1\.i\.a jawaban: berkas memuat kode ini di beberapa baris dengan nilai berbeda \(baris 8: Ya · baris \d+: Tidak\) · dokumen –; perbaiki berkas/,
        ),
        expect.stringMatching(
          /^A\.I\.1\.i\.a catatan: berkas memuat kode ini di beberapa baris dengan nilai berbeda \(baris 8: SK tim terbit Maret · baris \d+: SK tim belum ada\)/,
        ),
      ]);
      expect(run.errLines).toEqual([expect.stringMatching(/^2 konflik di dua-baris\.xlsx/)]);
    }
    expect(await historyLength(doc)).toBe(steps);

    // Keeping the document's values settles them: nothing of either row is written.
    const kept = await runRbw(['merge', doc, file, '--take', 'mine', AUTHOR]);
    expect(kept.code).toBe(0);
    expect(await historyLength(doc)).toBe(steps);
    const json = await runRbw(['merge', doc, file, '--dry-run', '--json', AUTHOR]);
    const conflicts = JSON.parse(json.stdout).conflicts as { field: string; inFile?: unknown }[];
    expect(conflicts.map((c) => [c.field, c.inFile])).toEqual([
      [
        'answer',
        [
          { row: 8, value: 'Ya' },
          { row: expect.any(Number), value: 'Tidak' },
        ],
      ],
      [
        'note',
        [
          { row: 8, value: 'SK tim terbit Maret' },
          { row: expect.any(Number), value: 'SK tim belum ada' },
        ],
      ],
    ]);
  });

  it('10,000 rows repeating the same values merge as the two changes they make, the document not grown', async () => {
    const own = await documentWithPokja('lke-banyak.rbw');
    const { code } = await runRbw([
      'export',
      own,
      '--out',
      join(folder, 'pokja-banyak.xlsx'),
      '--pokja',
      'Pokja 1',
    ]);
    expect(code).toBe(0);
    const same = { answer: 'Ya', note: 'SK tim terbit Maret' };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, 'pokja-banyak.xlsx'));
    const sheet = workbook.getWorksheet('LKE') as ExcelJS.Worksheet;
    sheet.getCell('K8').value = same.answer;
    sheet.getCell('O8').value = same.note;
    const start = sheet.rowCount + 2;
    for (let i = 0; i < 10_000; i++) copyOfRow8(sheet, start + i);
    const file = join(folder, 'sepuluh-ribu.xlsx');
    await workbook.xlsx.writeFile(file);
    const size = statSync(own).size;
    const run = await runRbw(['merge', own, file, AUTHOR]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      '2 isian dari sepuluh-ribu.xlsx (pokja Pokja 1) digabungkan ke lke-banyak.rbw sebagai satu tindakan; ' +
        'batalkan dengan rbw undo',
    );
    expect(statSync(own).size).toBeLessThan(size * 1.5);
  });
});
