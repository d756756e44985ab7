import { describe, expect, it } from 'vitest';
import { findHeader } from './find-header';
import { readColumns } from './read-columns';
import type { CellData, SheetData } from './sheet-data';

/** A sheet from rows of cell values (strings, numbers, or full cells). */
function sheet(
  name: string,
  rows: (string | number | CellData | null)[][],
  merges: SheetData['merges'] = [],
): SheetData {
  return {
    name,
    hidden: false,
    protected: false,
    merges,
    lists: {},
    rows: rows.map((cells) =>
      cells.map((c) => (c === null ? undefined : typeof c === 'object' ? c : { value: c })),
    ),
  };
}

describe('finding the LKE header and its columns by what they say', () => {
  it('reads a two-row header whose years stand above merged answer and value columns', () => {
    const lke = sheet(
      'LKE PMPRB',
      [
        ['LEMBAR KERJA EVALUASI'],
        [null, null, null, null, null, '2022', null, '2023'],
        [
          'No',
          'Komponen',
          null,
          'Bobot',
          'Pilihan Jawaban',
          'Jawaban',
          'Nilai',
          'Jawaban',
          'Nilai',
          'Catatan',
        ],
        [1, 'A.', 'PENGUNGKIT', 60],
        [
          2,
          'a.',
          'Pertanyaan',
          null,
          'Ya/Tidak',
          'Ya',
          { value: 1, formula: 'X' },
          'Tidak',
          { value: 0, formula: 'Y' },
        ],
      ],
      [
        { top: 1, left: 5, bottom: 1, right: 6 },
        { top: 1, left: 7, bottom: 1, right: 8 },
      ],
    );
    const header = findHeader({ sheets: [sheet('Petunjuk', [['Isi jawaban']]), lke], names: [] });
    expect(header?.sheet.name).toBe('LKE PMPRB');
    expect([header?.first, header?.last]).toEqual([1, 2]);
    const columns = readColumns(header!);
    expect(columns).toMatchObject({
      hierarchy: { first: 1, last: 2 },
      weight: 3,
      type: 4,
      unit: { year: 2023, answer: 7, value: 8, note: 9 },
      prior: { year: 2022, answer: 5, value: 6 },
    });
  });

  it('takes an unlabelled column of links, and the text beside it, as the evidence the unit added', () => {
    const link = (n: number): CellData => ({
      value: `https://drive.example/${n}`,
      link: `https://drive.example/${n}`,
    });
    const lke = sheet('LKE ZI', [
      [null, 'Penilaian', null, 'Bobot', 'Pilihan Jawaban', 'Jawaban', 'Nilai', 'Catatan'],
      [null, 'a.', 'Satu', null, 'Ya/Tidak', 'Ya', null, 'ok', 'SK Tim', link(1)],
      [null, 'b.', 'Dua', null, 'Ya/Tidak', 'Tidak', null, 'ok', 'Laporan', link(2)],
    ]);
    const columns = readColumns(findHeader({ sheets: [lke], names: [] })!);
    expect(columns?.unit).toMatchObject({ answer: 5, value: 6, note: 7, evidence: 8, link: 9 });
  });

  it('finds nothing in a spreadsheet that is not an LKE', () => {
    const sales = sheet('Penjualan', [['Tanggal', 'Barang', 'Jumlah', 'Harga', 'Total']]);
    expect(findHeader({ sheets: [sales], names: [] })).toBeNull();
  });
});
