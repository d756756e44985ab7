import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importWorkbookBytes } from '../../service/workbooks/import-workbook';

/**
 * An agency's own LKE, typed by hand, unlike the ministry's in every way the import once relied on: no
 * header words at all, the codes in one column and the titles in the next, questions scored by a lookup
 * into a named table on a hidden sheet, sub-areas summed in a column of their own right of the questions',
 * and the total on a cover sheet. Worked out by hand:
 * sub-area 1 = AVERAGE(Ya = 1, Sebagian = 0,5) × 6 = 4,5; sub-area 2 = AVERAGE(Tidak = 0) × 4 = 0;
 * component A = 4,5; Hasil = survey 3,2 ÷ 4 × 10 = 8; total = 12,5.
 */
async function agencyLke(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const cover = workbook.addWorksheet('Sampul');
  const sheet = workbook.addWorksheet('Isian');
  const options = workbook.addWorksheet('Opsi', { state: 'hidden' });
  [
    ['Ya', 1],
    ['Sebagian', 0.5],
    ['Tidak', 0],
  ].forEach(([key, value], i) => {
    options.getCell(i + 1, 1).value = key as string;
    options.getCell(i + 1, 2).value = value as number;
  });
  workbook.definedNames.add("'Opsi'!$A$1:$B$3", 'TabelOpsi');
  const lookup = (r: number) => ({ formula: `IFERROR(VLOOKUP(D${r},TabelOpsi,2,FALSE),"")` });
  const rows: (string | number | null | { formula: string })[][] = [
    ['LEMBAR KERJA EVALUASI MANDIRI — DINAS CONTOH 2025'],
    [],
    ['A', 'PENGUNGKIT', null, null, null, { formula: 'SUM(F4,F7)' }],
    ['1', 'Tim kerja', 6, null, null, { formula: 'AVERAGE(E5:E6)*C4' }],
    ['a', 'Tim telah dibentuk', null, 'Ya', lookup(5)],
    ['b', 'Tim bekerja sesuai rencana', null, 'Sebagian', lookup(6)],
    ['2', 'Rencana kerja', 4, null, null, { formula: 'AVERAGE(E8)*C7' }],
    ['a', 'Rencana kerja ditetapkan', null, 'Tidak', lookup(8)],
    ['B', 'HASIL', null, null, null, { formula: 'E10' }],
    ['a', 'Nilai survei (0-4)', 10, 3.2, { formula: 'IF(D10="","",D10/4*C10)' }],
  ];
  rows.forEach((cells, r) =>
    cells.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value)),
  );
  cover.getCell('B2').value = 'Nilai akhir';
  cover.getCell('C2').value = { formula: 'Isian!F3+Isian!F9' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('an agency’s own layout, read from its formulas alone', () => {
  it('finds the total on the cover sheet, the questions, their options and the sub-areas in their own column', async () => {
    const imported = await importWorkbookBytes(await agencyLke(), 'dinas-contoh.xlsx');
    try {
      expect(imported.layout.sheet).toBe('Isian');
      expect(imported.totals.workbook).toBeCloseTo(12.5, 12);
      expect(imported.totals.standard).toBeCloseTo(12.5, 12);
      expect(imported.template.root.children.map((c) => [c.title, c.weight])).toEqual([
        ['PENGUNGKIT', 10],
        ['HASIL', 10],
      ]);
      const types = Object.fromEntries(imported.template.answerTypes.map((t) => [t.label, t]));
      const choice = Object.values(types).find((t) => t.kind === 'choice');
      expect(choice?.kind === 'choice' && choice.options.map((o) => [o.key, o.value])).toEqual([
        ['Ya', 1],
        ['Sebagian', 0.5],
        ['Tidak', 0],
      ]);
      expect(Object.values(imported.records).map((r) => r.answer)).toEqual(['Ya', 'Sebagian', 'Tidak', 3.2]);
      // Changing "Tidak" to "Ya": sub-area 2 = 4, the total 16,5.
      imported.engine.setAnswer('A.2.a', 'Ya');
      expect(imported.engine.total()).toBeCloseTo(16.5, 12);
    } finally {
      imported.engine.destroy();
    }
  });
});
