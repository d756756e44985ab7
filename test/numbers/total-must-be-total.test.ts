import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importWorkbookBytes } from '../../service/workbooks/import-workbook';

/**
 * A small LKE worked out by hand (sub-area i. = AVERAGE(Ya = 1, B = 0,5) × 4 = 3; ii. = AVERAGE(A = 1) × 6
 * = 6; A. = 9; B. = 3 ÷ 4 × 5 = 3,75; TOTAL J10 = 12,75, at most 10 + 5 = 15) with a stray cell M2 that
 * nothing reads and that adds the total and both components again: 12,75 + 9 + 3,75 = 25,5, everything
 * twice. It reads the most answers of any cell nothing reads, yet it is not the workbook's total.
 */
async function lkeWithStrayCell(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Lembar Kerja');
  const yesNo = (r: number) => `IF(I${r}="Ya",1,IF(I${r}="Tidak",0,"Blm Diisi"))`;
  const abc = (r: number) => `IF(I${r}="A",1,IF(I${r}="B",0.5,IF(I${r}="C",0,"Blm Diisi")))`;
  const rows: (string | number | null | { formula: string })[][] = [
    ['No', 'Komponen', null, null, null, 'Bobot', 'Pilihan Jawaban', null, 'Jawaban', 'Nilai', 'Keterangan'],
    [1, 'A.', 'PENGUNGKIT', null, null, 10, null, null, null, { formula: 'SUM(J3,J6)' }],
    [2, null, 'i.', 'Sub-area satu', null, 4, null, null, null, { formula: 'AVERAGE(J4:J5)*F3' }],
    [3, null, null, 'a.', 'Pertanyaan satu', null, 'Ya/Tidak', null, 'Ya', { formula: yesNo(4) }],
    [4, null, null, 'b.', 'Pertanyaan dua', null, 'A/B/C', null, 'B', { formula: abc(5) }],
    [5, null, 'ii.', 'Sub-area dua', null, 6, null, null, null, { formula: 'AVERAGE(J7)*F6' }],
    [6, null, null, 'a.', 'Pertanyaan tiga', null, 'A/B/C', null, 'A', { formula: abc(7) }],
    [7, 'B.', 'HASIL', null, null, 5, null, null, null, { formula: 'J9' }],
    [
      8,
      null,
      'a',
      'Nilai survei',
      null,
      5,
      'Nilai (0-4)',
      null,
      3,
      { formula: 'IF(I9="","Blm Diisi",I9/4*F9)' },
    ],
    [null, 'TOTAL', null, null, null, 15, null, null, null, { formula: 'SUM(J2,J8)' }],
  ];
  rows.forEach((cells, r) =>
    cells.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value)),
  );
  sheet.getCell('M2').value = { formula: 'J10+J2+J8' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('a total must be a total', () => {
  it('does not lead with a stray cell that adds everything twice, and names it with both figures', async () => {
    const imported = await importWorkbookBytes(await lkeWithStrayCell(), 'dobel.xlsx');
    try {
      expect(imported.totals.workbook).toBeCloseTo(12.75, 12);
      expect(imported.engine.total()).toBeCloseTo(12.75, 12);
      expect(imported.layout.total).toMatchObject({ row: 9, col: 9 });
      const stray = imported.findings.find((f) => f.where.cell === 'M2');
      expect(stray).toMatchObject({ code: 'finding.totalNotATotal', where: { sheet: 'Lembar Kerja' } });
      expect(stray?.params).toMatchObject({ value: '25,50', total: '12,75', totalCell: 'J10' });
    } finally {
      imported.engine.destroy();
    }
  });
});
