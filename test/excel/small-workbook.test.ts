import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importWorkbookBytes } from '../../service/workbooks/import-workbook';

/**
 * A small LKE typed by hand, without a total row, whose scores are worked out by hand:
 * sub-area i. = AVERAGE(Ya = 1, B = 0,5) × 4 = 3; sub-area ii. = AVERAGE(A = 1) × 6 = 6; A. = 9;
 * B. = survey 3 ÷ 4 × 5 = 3,75; total = 12,75.
 */
async function smallLke(answers: {
  q1: string;
  q2: string;
  q3: string;
  survey: number | null;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Lembar Kerja');
  const yesNo = (r: number) => `IF(I${r}="Ya",1,IF(I${r}="Tidak",0,"Blm Diisi"))`;
  const abc = (r: number) => `IF(I${r}="A",1,IF(I${r}="B",0.5,IF(I${r}="C",0,"Blm Diisi")))`;
  const rows: (string | number | null | { formula: string })[][] = [
    ['No', 'Komponen', null, null, null, 'Bobot', 'Pilihan Jawaban', null, 'Jawaban', 'Nilai', 'Keterangan'],
    [1, 'A.', 'PENGUNGKIT', null, null, 10, null, null, null, { formula: 'SUM(J3,J6)' }],
    [2, null, 'i.', 'Sub-area satu', null, 4, null, null, null, { formula: 'AVERAGE(J4:J5)*F3' }],
    [
      3,
      null,
      null,
      'a.',
      'Pertanyaan satu',
      null,
      'Ya/Tidak',
      null,
      answers.q1,
      { formula: yesNo(4) },
      'catatan',
    ],
    [4, null, null, 'b.', 'Pertanyaan dua', null, 'A/B/C', null, answers.q2, { formula: abc(5) }],
    [5, null, 'ii.', 'Sub-area dua', null, 6, null, null, null, { formula: 'AVERAGE(J7)*F6' }],
    [6, null, null, 'a.', 'Pertanyaan tiga', null, 'A/B/C', null, answers.q3, { formula: abc(7) }],
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
      answers.survey,
      { formula: 'IF(I9="","Blm Diisi",I9/4*F9)' },
    ],
  ];
  rows.forEach((cells, r) =>
    cells.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value)),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('a small LKE worked out by hand', () => {
  it('adds up its components when the workbook has no total row', async () => {
    const imported = await importWorkbookBytes(
      await smallLke({ q1: 'Ya', q2: 'B', q3: 'A', survey: 3 }),
      'kecil.xlsx',
    );
    try {
      expect(imported.totals.workbook).toBeCloseTo(12.75, 12);
      expect(imported.totals.standard).toBeCloseTo(12.75, 12);
      expect(imported.layout.total?.formula).toBe('SUM(J2,J8)');
      expect(imported.template.root.children.map((c) => [c.id, c.weight])).toEqual([
        ['A', 10],
        ['B', 5],
      ]);
      // Changing q2 from B to C: sub-area i. = AVERAGE(1, 0) × 4 = 2, the total 11,75.
      imported.engine.setAnswer('A.i.b', 'C');
      expect(imported.engine.total()).toBeCloseTo(11.75, 12);
    } finally {
      imported.engine.destroy();
    }
  });

  it('leaves an answer outside its options out of the average, as the workbook does, and reports its cell', async () => {
    const imported = await importWorkbookBytes(
      await smallLke({ q1: 'Ya', q2: 'D', q3: 'A', survey: 3 }),
      'kecil.xlsx',
    );
    try {
      // Sub-area i. = AVERAGE(1) × 4 = 4 by both rules: 13,75.
      expect(imported.totals.workbook).toBeCloseTo(13.75, 12);
      expect(imported.totals.standard).toBeCloseTo(13.75, 12);
      expect(imported.findings.map((f) => [f.code, f.where.cell])).toEqual([
        ['finding.answerNotAnOption', 'I5'],
        ['finding.differenceExplained', undefined],
      ]);
      // Both rules give 13,75: nothing to explain.
      expect(imported.findings[1]?.params).toMatchObject({ difference: '0,0000', other: '0,0000' });
      expect(imported.records['A.i.b']?.answer).toBeNull();
      expect(imported.records['A.i.a']?.note).toBe('catatan');
    } finally {
      imported.engine.destroy();
    }
  });
});
