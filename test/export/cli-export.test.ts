import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { exportFolder } from './support';

const folder = exportFolder();

/** Runs rbw as a user would, as author "tester". */
async function rbw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const args = ['new', 'set', 'merge'].includes(argv[0] ?? '') ? [...argv, '--author=tester'] : argv;
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, lines: out, err };
}

describe('rbw export and rbw merge', () => {
  const doc = join(folder, 'lke.rbw');

  it('exports a document in each format and says what the 2026 upload could not place', async () => {
    await rbw('new', '--template', 'zi-2021', '--out', doc, '--agency', 'Kota Contoh', '--year', '2026');
    await rbw('set', doc, 'A.I.1.i.a', 'ya', '--note', 'SK tim terbit Maret');
    await rbw('set', doc, 'A.I.1.i.a', '--pokja', 'Pokja 1');
    await rbw('set', doc, 'A.II.5.iii.i.a.1', '1');
    expect(await rbw('export', doc, '--out', join(folder, 'lke.xlsx'))).toEqual({
      code: 0,
      lines: ['Diekspor: lke.xlsx (lke)'],
      err: [],
    });
    expect(
      (await rbw('export', doc, '--out', join(folder, 'rekap.xlsx'), '--format', 'rekap')).lines,
    ).toEqual(['Diekspor: rekap.xlsx (rekap)']);
    const portal = await rbw('export', doc, '--out', join(folder, 'portal.xlsx'), '--format', 'portal2026');
    expect(portal.code).toBe(0);
    expect(portal.lines.slice(0, 2)).toEqual([
      'Diekspor: portal.xlsx (portal2026)',
      '  - dokumen bertemplate LKE Zona Integritas 2021 (PermenPANRB 90/2021): isian dipetakan ke soal 2026 yang pertanyaannya sama (judul dan jenis jawaban)',
    ]);
    expect(portal.lines).toContain(
      '  - A.II.5.iii.i.a.1 "Kepala satuan kerja" tidak ada padanannya di soal 2026; tidak ikut diunggah',
    );
  });

  it('exports a pokja’s areas and merges the file back as one action that undo takes back', async () => {
    const file = join(folder, 'pokja-1.xlsx');
    expect((await rbw('export', doc, '--out', file, '--pokja', 'Pokja 1')).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('LKE') as ExcelJS.Worksheet;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'A.I.1.i.b') row.getCell(11).value = 'B';
    });
    await workbook.xlsx.writeFile(file);
    const merged = await rbw('merge', doc, file);
    expect(merged.lines).toEqual([
      '1 isian dari pokja-1.xlsx (pokja Pokja 1) digabungkan ke lke.rbw sebagai satu tindakan; batalkan dengan rbw undo',
      // Penyusunan Tim Kerja: (Ya = 1 + B = 0,5) ÷ 2 × bobot 0,5 = 0,375.
      'Nilai total: 0,38 / 100,00 (Kategori D)',
    ]);
    expect((await rbw('merge', doc, file)).lines).toEqual([
      'tidak ada perubahan di pokja-1.xlsx (pokja Pokja 1); dokumen tidak diubah',
    ]);
  });

  it('names the problem and exits 1 for a file open elsewhere, 2 for a bad command line', async () => {
    writeFileSync(join(folder, '.~lock.terbuka.xlsx#'), '');
    expect(await rbw('export', doc, '--out', join(folder, 'terbuka.xlsx'), '--lang=en')).toEqual({
      code: 1,
      lines: [],
      err: [
        'rbw export: terbuka.xlsx: the file is open in LibreOffice (.~lock.terbuka.xlsx# exists); close it in LibreOffice and export again, or choose another name. Nothing was written',
      ],
    });
    expect(await rbw('export', doc, '--out', join(folder, 'x.xlsx'), '--format', 'pdf')).toMatchObject({
      code: 2,
      err: ['rbw export: --format harus lke, portal2026 atau rekap'],
    });
    expect((await rbw('export', doc)).code).toBe(2);
    expect((await rbw('merge', doc)).code).toBe(2);
  });
});
