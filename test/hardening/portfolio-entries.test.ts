import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { runRbw } from './run-rbw';
import { REAL_WORKBOOK } from './workbook-variants';

vi.setConfig({ testTimeout: 180_000 });

/**
 * Bounds of the run, so that a regression fails by running out of them: reading /dev/zero reached
 * 8.9 GB and a FIFO hung for ever; a 1.5 GB file was read whole (1.6 GB) before it was refused.
 */
const HEAP_MB = 512;
const KILL_AFTER_S = 120;
const PEAK_MB = 768;

it('one odd entry in a folder gets one line and every other unit is still listed', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'rbw-portfolio-odd-'));
  const units = join(folder, 'unit');
  mkdirSync(units);
  copyFileSync(REAL_WORKBOOK, join(units, 'unit-baik.xlsx'));
  mkdirSync(join(units, 'folder.xlsx'));
  symlinkSync('putar.xlsx', join(units, 'putar.xlsx'));
  symlinkSync('/dev/zero', join(units, 'nol.xlsx'));
  symlinkSync(join(folder, 'tidak-ada.xlsx'), join(units, 'putus.xlsx'));
  execFileSync('mkfifo', [join(units, 'pipa.xlsx'), join(units, 'pipa.rbw')]);
  // Sparse files: they cost no disk.
  for (const [name, size] of [
    ['besar.xlsx', 3 * 1024 ** 3],
    ['sedang.xlsx', 1.5 * 1000 ** 3],
  ] as const) {
    writeFileSync(join(units, name), '');
    truncateSync(join(units, name), size);
  }
  const run = await runRbw(['portfolio', units, '--cache', join(folder, 'cache')], {
    measure: true,
    heapMb: HEAP_MB,
    timeoutSeconds: KILL_AFTER_S,
  });
  console.log(`rbw portfolio: ${run.seconds.toFixed(1)} s, ${run.peakMb?.toFixed(0)} MB`);
  expect(run.killed, `killed after ${KILL_AFTER_S} s`).toBeUndefined();
  expect(run.peakMb).toBeLessThan(PEAK_MB);
  expect(run.stdout).toMatch(/^1\s+unit-baik\s+zi\s+95,58\s+AA/m);
  const refusing = (name: string, why: string): string => `rbw portfolio: ${name}: ${why}`;
  const notRegular = 'bukan berkas biasa (perangkat, pipa atau soket); tidak dibaca';
  const size = (mb: number): string =>
    `berkas berukuran ${mb} MB, melebihi 50 MB yang dibaca workbench (LKE asli di bawah 1 MB); periksa ` +
    'bahwa ini berkas yang benar';
  expect(run.errLines).toEqual([
    refusing('besar.xlsx', size(3072)),
    refusing('folder.xlsx', 'ini folder, bukan berkas; tidak dibaca'),
    refusing('nol.xlsx', notRegular),
    refusing('pipa.rbw', notRegular),
    refusing('pipa.xlsx', notRegular),
    refusing('putar.xlsx', 'tautan (symlink) yang berputar ke dirinya sendiri; tidak dibaca'),
    refusing('putus.xlsx', 'tautan (symlink) ke berkas yang tidak ada; tidak dibaca'),
    refusing('sedang.xlsx', size(1431)),
  ]);
});
