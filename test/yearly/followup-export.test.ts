import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { tempFolder } from '../documents/support';
import { REAL_WORKBOOK } from '../fixtures/workbooks/reference-models';

const folder = tempFolder();

async function rbw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

/** Every sheet of an .xlsx as openpyxl reads it: name → rows of values. */
function readWithOpenpyxl(path: string): Record<string, unknown[][]> {
  const script = [
    'import json, sys, openpyxl',
    'wb = openpyxl.load_workbook(sys.argv[1])',
    'print(json.dumps({ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}, default=str))',
  ].join('\n');
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' })) as Record<
    string,
    unknown[][]
  >;
}

describe('the sheet "Tindak Lanjut" and last year in the exports', () => {
  it('lists the recommendations in the LKE and the rekap, and the rekap has both years', async () => {
    const last = join(folder, 'lke-2025.rbw');
    await rbw('new', '--template', 'zi-2021', '--out', last, '--year', '2025');
    await rbw('set', last, 'A.I.1.i.a', 'Ya');
    const doc = join(folder, 'lke-2026.rbw');
    expect((await rbw('new', '--template', 'zi-2021', '--from', last, '--out', doc)).code).toBe(0);
    await rbw('set', doc, 'A.I.1.i.b', 'A');
    await rbw(
      'followup',
      doc,
      'add',
      'Lengkapi SK tim',
      '--on',
      'A.I.1.i',
      '--pokja',
      'Pokja 1',
      '--due',
      '2020-03',
    );
    await rbw('followup', doc, 'add', 'Survei internal', '--due', '2999-01');
    await rbw('followup', doc, 'set', '2', '--status', 'selesai', '--evidence', 'Laporan survei Juni');

    const lke = join(folder, 'lke.xlsx');
    const rekap = join(folder, 'rekap.xlsx');
    expect((await rbw('export', doc, '--out', lke)).code).toBe(0);
    expect((await rbw('export', doc, '--out', rekap, '--format', 'rekap')).code).toBe(0);
    const header = [
      'No',
      'Kode',
      'Pertanyaan / bagian LKE',
      'Rekomendasi',
      'Sumber',
      'Pokja',
      'Tenggat',
      'Status',
      'Bukti penyelesaian',
      'Keterangan',
    ];
    const expected = [
      header,
      [
        1,
        'A.I.1.i',
        'Penyusunan Tim Kerja',
        'Lengkapi SK tim',
        'Laporan evaluator',
        'Pokja 1',
        '2020-03',
        'belum',
        null,
        'lewat tenggat',
      ],
      [
        2,
        null,
        'seluruh dokumen',
        'Survei internal',
        'Laporan evaluator',
        null,
        '2999-01',
        'selesai',
        'Laporan survei Juni',
        null,
      ],
    ];
    const lkeSheets = readWithOpenpyxl(lke);
    expect(Object.keys(lkeSheets)).toEqual(['LKE ZI', 'Tindak Lanjut']);
    expect(lkeSheets['Tindak Lanjut']).toEqual(expected);
    const rekapSheets = readWithOpenpyxl(rekap);
    expect(rekapSheets['Tindak Lanjut']).toEqual(expected);
    // Both years: last year's total 0,50 (Ya on A.I.1.i.a alone), this year's 0,50 + … of A.I.1.i.b.
    const rows = rekapSheets['Rekap']!;
    const head = rows.find((r) => r[0] === 'Kode')!;
    expect(head).toContain('Nilai 2025');
    const total = rows.find((r) => r[1] === 'NILAI TOTAL')!;
    expect(total[head.indexOf('Nilai 2025')]).toBe(0.5);
  });

  it('adds "Tindak Lanjut" after the sheets of the workbook a document was imported from, once', async () => {
    const doc = join(folder, 'imported.rbw');
    expect((await rbw('import', REAL_WORKBOOK, '--out', doc)).code).toBe(0);
    await rbw('followup', doc, 'add', 'Perbarui SOP pengaduan', '--on', 'A.II.6', '--due', '2027-02');
    const first = join(folder, 'imported-1.xlsx');
    const second = join(folder, 'imported-2.xlsx');
    expect((await rbw('export', doc, '--out', first)).code).toBe(0);
    expect((await rbw('export', doc, '--out', second)).code).toBe(0);
    for (const file of [first, second]) {
      const sheets = readWithOpenpyxl(file);
      // The workbook's own sheets first, as they were; ours after them (not twice on a second export).
      expect(Object.keys(sheets)).toEqual(['Utama', 'Ctt Eval', 'LKE ZI', 'Tindak Lanjut']);
      expect(sheets['Tindak Lanjut']?.[1]?.slice(1, 4)).toEqual([
        'A.II.6',
        'PENINGKATAN KUALITAS PELAYANAN PUBLIK', // as the workbook titles it
        'Perbarui SOP pengaduan',
      ]);
    }
  }, 120_000);
});
