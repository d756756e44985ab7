import ExcelJS from 'exceljs';

/**
 * A small LKE for tests of what a total is, worked out by hand: sub-area i. = AVERAGE(Ya = 1, B = 0,5) × 4
 * = 3; ii. = AVERAGE(A = 1) × 6 = 6; A. = 9; B. = 3 ÷ 4 × 5 = 3,75; A. + B. = 12,75, at most 10 + 5 = 15
 * (F10, typed on the total row). Only the formula of the total cell J10 differs between the tests (null:
 * no total row at all); `more` adds cells of its own (a stray sum, a column heading).
 */
export async function smallLkeWorkbook(
  total: string | null,
  more?: (sheet: ExcelJS.Worksheet) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Lembar Kerja');
  const yesNo = (r: number) => `IF(I${r}="Ya",1,IF(I${r}="Tidak",0,"Blm Diisi"))`;
  const abc = (r: number) => `IF(I${r}="A",1,IF(I${r}="B",0.5,IF(I${r}="C",0,"Blm Diisi")))`;
  const survey = { formula: 'IF(I9="","Blm Diisi",I9/4*F9)' };
  const rows: (string | number | null | { formula: string })[][] = [
    ['No', 'Komponen', null, null, null, 'Bobot', 'Pilihan Jawaban', null, 'Jawaban', 'Nilai'],
    [1, 'A.', 'PENGUNGKIT', null, null, 10, null, null, null, { formula: 'SUM(J3,J6)' }],
    [2, null, 'i.', 'Sub-area satu', null, 4, null, null, null, { formula: 'AVERAGE(J4:J5)*F3' }],
    [3, null, null, 'a.', 'Pertanyaan satu', null, 'Ya/Tidak', null, 'Ya', { formula: yesNo(4) }],
    [4, null, null, 'b.', 'Pertanyaan dua', null, 'A/B/C', null, 'B', { formula: abc(5) }],
    [5, null, 'ii.', 'Sub-area dua', null, 6, null, null, null, { formula: 'AVERAGE(J7)*F6' }],
    [6, null, null, 'a.', 'Pertanyaan tiga', null, 'A/B/C', null, 'A', { formula: abc(7) }],
    [7, 'B.', 'HASIL', null, null, 5, null, null, null, { formula: 'J9' }],
    [8, null, 'a', 'Nilai survei', null, 5, 'Nilai (0-4)', null, 3, survey],
  ];
  if (total !== null) rows.push([null, 'TOTAL', null, null, null, 15, null, null, null, { formula: total }]);
  rows.forEach((cells, r) =>
    cells.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value)),
  );
  more?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The same small LKE whose sub-area i. formula J3, AVERAGE(J4:J5)*F3, is wrapped in `depth` IF(1,…,0)
 * (Excel opens 64 levels), with its result stored beside it as a saved workbook holds it: 3 by default,
 * what the formula gives. The total row stays SUM(J2,J8) = 12,75 at most 15 (with 3 stored).
 */
export function deeplyNestedLke(depth: number, stored = 3): Promise<Buffer> {
  let nested = 'AVERAGE(J4:J5)*F3';
  for (let i = 0; i < depth; i++) nested = `IF(1,${nested},0)`;
  return smallLkeWorkbook('SUM(J2,J8)', (sheet) => {
    sheet.getCell('J3').value = { formula: nested, result: stored } as ExcelJS.CellFormulaValue;
  });
}
