import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runRbw } from '../hardening/run-rbw';

vi.setConfig({ testTimeout: 180_000 });

/**
 * The small LKE worked out by hand: i. = AVERAGE(Ya = 1, B = 0,5) × 4 = 3; ii. = AVERAGE(A = 1) × 6 = 6;
 * A. = 9; B. = 3 ÷ 4 × 5 = 3,75; A. + B. = 12,75, at most 10 + 5 = 15 (F10). Only the formula of the
 * total cell J10 changes between the cases.
 */
async function lke(total: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Lembar Kerja');
  const yesNo = (r: number) => `IF(I${r}="Ya",1,IF(I${r}="Tidak",0,"Blm Diisi"))`;
  const abc = (r: number) => `IF(I${r}="A",1,IF(I${r}="B",0.5,IF(I${r}="C",0,"Blm Diisi")))`;
  const rows: (string | number | null | { formula: string })[][] = [
    ['No', 'Komponen', null, null, null, 'Bobot', 'Pilihan Jawaban', null, 'Jawaban', 'Nilai'],
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
    [null, 'TOTAL', null, null, null, 15, null, null, null, { formula: total }],
  ];
  rows.forEach((cells, r) =>
    cells.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value)),
  );
  const path = join(mkdtempSync(join(tmpdir(), 'rbw-total-')), 'total.xlsx');
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

describe('a total must be a total', () => {
  it('a total SUM(J2:J9) over components and their rows (28 > 15) is not given silently as the headline', async () => {
    // J2..J9 = 9 + 3 + 1 + 0,5 + 6 + 1 + 3,75 + 3,75 = 28, above the maximum 15 (LibreOffice gives 28 too).
    const file = await lke('SUM(J2:J9)');
    const run = await runRbw(['score', file]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const said = lines.find((l) => l.includes('sel J10:')) ?? '';
    expect(said).toContain('28');
    expect(said).toContain('15');
    expect(said).toMatch(/melebihi nilai maksimum/);
  });

  it('a total that adds a question again (A. + B. + J5 = 13,25 ≠ 12,75) is named with both figures', async () => {
    const file = await lke('SUM(J2,J8,J5)');
    const run = await runRbw(['score', file]);
    expect(run.code).toBe(0);
    const said = run.stdout.split('\n').find((l) => l.includes('sel J10:')) ?? '';
    expect(said).toContain('13,25');
    expect(said).toContain('12,75');
  });
});
