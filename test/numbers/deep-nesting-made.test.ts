import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runRbw } from '../hardening/run-rbw';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

const folder = mkdtempSync(join(tmpdir(), 'rbw-deep-made-'));
const path = join(folder, 'subarea-bertumpuk.xlsx');

/**
 * A small LKE made here (two sub-areas, a Hasil row, a TOTAL row) whose first sub-area's formula
 * AVERAGE(J4:J5)*F3 is wrapped in 200 IF(1,…): past what Excel opens (64) and what the workbench parses.
 */
beforeAll(async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Lembar Kerja');
  const yesNo = (r: number) => `IF(I${r}="Ya",1,IF(I${r}="Tidak",0,"Blm Diisi"))`;
  const abc = (r: number) => `IF(I${r}="A",1,IF(I${r}="B",0.5,IF(I${r}="C",0,"Blm Diisi")))`;
  let nested = 'AVERAGE(J4:J5)*F3';
  for (let i = 0; i < 200; i++) nested = `IF(1,${nested},0)`;
  const rows: (string | number | null | { formula: string })[][] = [
    ['No', 'Komponen', null, null, null, 'Bobot', 'Pilihan Jawaban', null, 'Jawaban', 'Nilai'],
    [1, 'A.', 'PENGUNGKIT', null, null, 10, null, null, null, { formula: 'SUM(J3,J6)' }],
    [2, null, 'i.', 'Sub-area satu', null, 4, null, null, null, { formula: nested }],
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
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
});

const noBug = (lines: string[]): void =>
  expect(lines.join('\n')).not.toMatch(/kesalahan tak terduga|Maximum call stack|RangeError|\n\s+at /);

describe('a made workbook with a sub-area nested 200 deep', () => {
  it('rbw score and rbw import answer without an unexpected error', async () => {
    const score = await runRbw(['score', path]);
    noBug(score.errLines);
    expect(score.code).toBe(0);
    const out = join(folder, 'subarea-bertumpuk.rbw');
    const imported = await runRbw(['import', path, '--out', out, '--author=koordinator']);
    noBug(imported.errLines);
    expect(imported.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('rbw inspect names the file, sheet and cell J3 in one line', async () => {
    const run = await runRbw(['inspect', path]);
    noBug(run.errLines);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n').filter((l) => l.includes('sel J3: rumus tidak dapat dibaca'));
    expect(lines).toEqual([
      expect.stringMatching(
        /^\d+\. subarea-bertumpuk\.xlsx: lembar "Lembar Kerja": sel J3: rumus tidak dapat dibaca \(rumus bertumpuk lebih dari 120 tingkat/,
      ),
    ]);
  });
});
