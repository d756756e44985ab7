import { addFarRange } from '../support/far-range-workbook';
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { findSoffice } from '../../service/workbooks/libreoffice';
import type { CellResult } from '../../shared/workbook/read/cell-result';
import { readCells, recalculate } from '../fixtures/workbooks/libreoffice-oracle';
import { expectOneLine, runRbw } from './run-rbw';
import type { RbwRun } from './run-rbw';
import { REAL_WORKBOOK } from './workbook-variants';

// Whole `rbw` processes and a LibreOffice run on a loaded two-core machine: generous ceilings.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

/**
 * Bounds of every run, so that a regression fails by running out of them: a heap of 768 MB (V8 ends
 * the process past it; the unbounded run took 6.8 GB and 107 s) and a kill after 150 s.
 */
const HEAP_MB = 768;
const KILL_AFTER_S = 150;
const PEAK_MB = 1024;

const soffice = findSoffice();
const folder = mkdtempSync(join(tmpdir(), 'rbw-ranges-'));

type Edit = (workbook: ExcelJS.Workbook) => void;
const formula = (text: string): ExcelJS.CellValue => ({ formula: text }) as ExcelJS.CellFormulaValue;

/**
 * The real ZI workbook as an agency might rewrite its totals with whole ranges: HASIL's two parts read
 * a recap sheet through a whole column (`Rekap!A:A`) and a whole row (`Rekap!3:3`), and the grand total
 * L208 adds up a sheet of the two part totals through the whole sheet (`Total!A1:XFD1048576`).
 */
const wholeRanges: Edit = (workbook) => {
  const lke = workbook.getWorksheet('LKE ZI') as ExcelJS.Worksheet;
  const rekap = workbook.addWorksheet('Rekap');
  rekap.getCell('A1').value = formula("'LKE ZI'!L202");
  rekap.getCell('A2').value = formula("'LKE ZI'!L203");
  rekap.getCell('B3').value = formula("'LKE ZI'!L205");
  const total = workbook.addWorksheet('Total');
  total.getCell('A1').value = formula("'LKE ZI'!L198");
  total.getCell('C7').value = formula("'LKE ZI'!L206");
  lke.getCell('L201').value = formula('SUM(Rekap!A:A)');
  lke.getCell('L204').value = formula('SUM(Rekap!3:3)');
  lke.getCell('L208').value = formula('SUM(Total!A1:XFD1048576)');
};

/** The probe's file: the total cell itself holds `=SUM(A1:XFD1048576)` (a circular reference). */
const selfSum: Edit = (workbook) => {
  (workbook.getWorksheet('LKE ZI') as ExcelJS.Worksheet).getCell('L208').value =
    formula('SUM(A1:XFD1048576)');
};

/** A helper sheet whose whole-sheet range, cut to the used range, is still 102 million cells. */
const sparseHelper: Edit = addFarRange;

async function write(name: string, edit: Edit): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(REAL_WORKBOOK);
  edit(workbook);
  const path = join(folder, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** The files as an agency would send them: saved (recalculated) by LibreOffice, results cached. */
let saved: Record<'whole' | 'self', string>;
/** LibreOffice's own results for the grand total L208. */
let libreOffice: Record<'whole' | 'self', CellResult>;

beforeAll(async () => {
  if (!soffice) return;
  const written = [await write('rentang-utuh.xlsx', wholeRanges), await write('jumlah-diri.xlsx', selfSum)];
  const [whole, self] = (await recalculate(written, join(folder, 'lo'))) as [string, string];
  saved = { whole, self };
  const read = readCells([whole, self].map((file) => ({ file, sheet: 'LKE ZI', cells: ['L208'] })));
  libreOffice = { whole: read[whole]?.L208 ?? null, self: read[self]?.L208 ?? null };
});

/** Runs `rbw` within the bounds; fails with what happened when a bound was hit. */
async function bounded(args: string[]): Promise<RbwRun> {
  const run = await runRbw(args, { measure: true, heapMb: HEAP_MB, timeoutSeconds: KILL_AFTER_S });
  console.log(
    `rbw ${args[0]} ${args[1]?.split('/').pop()}: ${run.seconds.toFixed(1)} s, ${run.peakMb?.toFixed(0)} MB`,
  );
  expect(run.killed, `killed after ${KILL_AFTER_S} s`).toBeUndefined();
  expect(run.errLines.join('\n')).not.toMatch(/heap out of memory|FATAL ERROR/);
  expect(run.peakMb).toBeLessThan(PEAK_MB);
  return run;
}

describe.skipIf(!soffice)(
  'whole-column, whole-row and whole-sheet ranges are read over the used range',
  () => {
    it('LibreOffice itself gives the real total through the whole ranges (the oracle is sound)', () => {
      expect(libreOffice.whole as number).toBeCloseTo(95.5762, 4);
    });

    it('rbw score gives LibreOffice’s total, in bounded memory', async () => {
      const run = await bounded(['score', saved.whole, '--rule', 'workbook', '--json']);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).total).toBeCloseTo(libreOffice.whole as number, 4);
    });

    it('rbw import makes the document with LibreOffice’s total, in bounded memory', async () => {
      const dir = mkdtempSync(join(folder, 'import-'));
      const run = await bounded(['import', saved.whole, '--out', join(dir, 'rentang.rbw')]);
      expect(run.code).toBe(0);
      expect(existsSync(join(dir, 'rentang.rbw'))).toBe(true);
      expect(run.stdout).toContain('Nilai menurut rumus workbook: 95,58');
    });

    it('a total cell summing its own whole sheet is incomplete, as LibreOffice shows an error there', async () => {
      expect(libreOffice.self).toMatchObject({ error: expect.any(String) });
      const run = await bounded(['score', saved.self, '--rule', 'workbook']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^Nilai total \(rumus workbook\): belum lengkap/);
    });

    it('a whole-sheet range still too large over the used range is refused in one line naming the cell', async () => {
      const path = await write('jauh.xlsx', sparseHelper);
      const run = await bounded(['score', path]);
      expect(expectOneLine(run, 'score', 'jauh.xlsx')).toBe(
        'rbw score: jauh.xlsx: lembar "LKE ZI": sel L207: rumus membaca rentang Jauh!A1:XFD1048576; setelah ' +
          'dipotong ke area terpakai lembar, rentang rumus buku kerja mencakup lebih dari 1000000 sel (LKE ' +
          'asli beberapa ribu); hapus isi yang tidak perlu di bawah atau di kanan area LKE di Excel lalu simpan ulang',
      );
    });
  },
);
