import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { convertFiles, findSoffice } from '../../service/workbooks/libreoffice';
import { readResponseFile } from '../../service/survey/read-response-file';
import { ProblemError } from '../../shared/problem';
import { createTranslator, formatProblem } from '../../shared/i18n/translator';
import type { ImportSettings } from '../../shared/survey/read-responses';
import { SKM_QUESTIONS } from './skm-questionnaire';

const dir = mkdtempSync(join(tmpdir(), 'rbw-survey-'));
const t = createTranslator('id');

/** The Google Forms headers of the usual SKM questionnaire, with U8/U9 in the "other" order. */
const SKM_HEADERS = ['Timestamp', 'Jenis Layanan', ...SKM_QUESTIONS, 'Usia'];

const SKM: ImportSettings = {
  name: 'SKM 2026',
  kind: 'skm',
  scale: 4,
  weights: 'exact',
  conversion: 'proportional',
  population: null,
};

function csv(name: string, rows: (string | number)[][], delimiter = ','): string {
  const path = join(dir, name);
  const quote = (v: string | number): string =>
    typeof v === 'string' && /[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v);
  writeFileSync(path, rows.map((r) => r.map(quote).join(delimiter)).join('\r\n') + '\r\n');
  return path;
}

async function xlsx(name: string, rows: (string | number | { formula: string })[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Form Responses 1');
  for (const row of rows) sheet.addRow(row);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function refusal(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ProblemError) return error.problems.map((p) => formatProblem(p, t));
    throw error;
  }
  throw new Error('the import was not refused');
}

const labels = [
  'Sesuai',
  'Mudah',
  'Cepat',
  'Gratis',
  'Sangat sesuai',
  'Kompeten',
  'Sopan dan ramah',
  'Baik',
  'Dikelola dengan baik',
];

describe('importing SKM answers', () => {
  it('matches the columns by their header text and reads labels and numbers', async () => {
    const path = csv('skm.csv', [
      SKM_HEADERS,
      ['07/12/2026 09:15:00', 'KTP', ...labels, 30],
      ['08/12/2026 10:00:00', 'KK', 4, 4, 4, 4, 4, 4, 4, 4, 4, 41],
    ]);
    const read = await readResponseFile(path, SKM);
    expect(read.columns.map((c) => c.item ?? c.field)).toEqual([
      'timestamp',
      'serviceType',
      'persyaratan',
      'prosedur',
      'waktu',
      'biaya',
      'produk',
      'kompetensi',
      'perilaku',
      'sarana',
      'pengaduan',
      null,
    ]);
    expect(read.respondents).toHaveLength(2);
    // Sesuai 3, Mudah 3, Cepat 3, Gratis 4, Sangat sesuai 4, Kompeten 3, Sopan dan ramah 3; the Sarana
    // column holds "Baik" (3) and the Pengaduan column "Dikelola dengan baik" (4).
    expect(read.respondents[0]?.answers).toEqual({
      persyaratan: 3,
      prosedur: 3,
      waktu: 3,
      biaya: 4,
      produk: 4,
      kompetensi: 3,
      perilaku: 3,
      sarana: 3,
      pengaduan: 4,
    });
    expect(read.respondents[0]).toMatchObject({ row: 2, serviceType: 'KTP', date: '2026-12-07' });
  });

  it('lists a row with a number off the scale by row and column and leaves it out', async () => {
    const path = csv(
      'off.csv',
      [SKM_HEADERS, ['', 'KTP', 4, 4, 4, 4, 4, 4, 4, 4, 4, 20], ['', 'KTP', 4, 5, 4, 4, 4, 4, 4, 4, 4, 20]],
      ';',
    );
    const read = await readResponseFile(path, SKM);
    expect(read.respondents.map((r) => r.row)).toEqual([2]);
    expect(read.leftOut).toEqual([{ row: 3, column: 'D', header: SKM_HEADERS[3], value: '5' }]);
  });

  it('leaves out empty rows and says how many', async () => {
    const path = await xlsx('empty-rows.xlsx', [
      SKM_HEADERS,
      ['', 'KTP', 4, 4, 4, 4, 4, 4, 4, 4, 4],
      ['x', 'KK'],
      [],
      ['', 'KTP', 3, 3, 3, 3, 3, 3, 3, 3, 3],
    ]);
    const read = await readResponseFile(path, SKM);
    expect(read.respondents.map((r) => r.row)).toEqual([2, 5]);
    expect(read.emptyRows).toEqual([3]);
  });

  it('refuses labels not on the scale, one line per column, naming rows', async () => {
    const path = csv('labels.csv', [
      SKM_HEADERS,
      ['', 'KTP', 'Sangat Tidak Sesuai', 4, 4, 4, 4, 4, 4, 4, 4],
      ['', 'KTP', 4, 'Lumayan', 4, 4, 4, 4, 4, 4, 4],
    ]);
    const lines = await refusal(readResponseFile(path, SKM));
    expect(lines).toEqual([
      `labels.csv: kolom C ("${SKM_HEADERS[2]}"): jawaban bukan pada skala 1–4: "Sangat Tidak Sesuai" (baris 2) (+0 lainnya); periksa --scale`,
      `labels.csv: kolom D ("${SKM_HEADERS[3]}"): jawaban bukan pada skala 1–4: "Lumayan" (baris 3) (+0 lainnya); periksa --scale`,
    ]);
  });

  it('refuses a column of formulas in one line', async () => {
    const path = await xlsx('formulas.xlsx', [
      SKM_HEADERS,
      ['', 'KTP', { formula: '2+2' }, 4, 4, 4, 4, 4, 4, 4, 4],
      ['', 'KTP', { formula: '1+2' }, 4, 4, 4, 4, 4, 4, 4, 4],
    ]);
    const lines = await refusal(readResponseFile(path, SKM));
    expect(lines).toEqual([
      `formulas.xlsx: lembar "Form Responses 1": kolom C ("${SKM_HEADERS[2]}") berisi rumus; simpan jawaban sebagai nilai, lalu impor lagi`,
    ]);
  });

  it('refuses 100,000 rows in one line', async () => {
    const row = ['', 'KTP', 4, 4, 4, 4, 4, 4, 4, 4, 4].join(',');
    const path = join(dir, 'huge.csv');
    writeFileSync(
      path,
      [SKM_HEADERS.map((h) => `"${h}"`).join(','), ...Array<string>(100_000).fill(row)].join('\n'),
    );
    const lines = await refusal(readResponseFile(path, SKM));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      'huge.csv: 100000 baris data, lebih dari 50000 responden yang dapat dibaca; ini bukan berkas satu survei',
    );
  });

  it('refuses a file missing an SKM element, and one that is no survey at all', async () => {
    const path = csv('eight.csv', [SKM_HEADERS.slice(0, 10), ['', 'KTP', 4, 4, 4, 4, 4, 4, 4, 4]]);
    expect(await refusal(readResponseFile(path, SKM))).toEqual([
      'eight.csv: SKM memerlukan kesembilan unsur; tidak ditemukan kolom untuk: Penanganan Pengaduan, Saran dan Masukan',
    ]);
    const other = csv('other.csv', [
      ['Nama', 'Alamat'],
      ['A', 'B'],
    ]);
    expect((await refusal(readResponseFile(other, SKM)))[0]).toMatch(/^other\.csv: tidak ada kolom/);
  });

  it.skipIf(!findSoffice())('reads an .ods saved by LibreOffice', async () => {
    const path = await xlsx('skm-ods.xlsx', [
      SKM_HEADERS,
      ['', 'KTP', ...labels],
      ['', 'KK', 2, 2, 2, 2, 2, 2, 2, 2, 2],
    ]);
    const soffice = findSoffice() as string;
    await convertFiles(soffice, [path], dir, 'ods');
    const read = await readResponseFile(join(dir, 'skm-ods.ods'), SKM);
    expect(read.respondents.map((r) => [r.serviceType, r.answers.persyaratan, r.answers.biaya])).toEqual([
      ['KTP', 3, 4],
      ['KK', 2, 2],
    ]);
  });
});
