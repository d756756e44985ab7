import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Portfolio } from '../../shared/portfolio/portfolio';
import { tempFolder } from '../documents/support';
import { referenceDir } from '../fixtures/workbooks/reference-models';
import { runRbw } from '../hardening/run-rbw';

// The blank PMPRB workbook: its headline 'LKE Utama'!J71 is #DIV/0! in Excel's cached values and in
// LibreOffice (workbooks/SOURCES.md); the filled ZI workbook's total is 95,5762 (both).
const BLANK = join(referenceDir, 'workbooks', 'lke-pmprb-2015-kemenkumham-pusat-unit-blank.xlsx');
const FILLED = join(referenceDir, 'workbooks', 'lke-zi-2021-filled.xlsx');

describe('rbw portfolio: an incomplete workbook is not a D', () => {
  const root = tempFolder();
  const folder = join(root, 'unit');
  const cache = join(root, 'cache');
  mkdirSync(folder, { recursive: true });
  copyFileSync(BLANK, join(folder, 'kanim-blank.xlsx'));
  copyFileSync(FILLED, join(folder, 'zi-filled.xlsx'));

  it('lists a workbook whose total is #DIV/0! as incomplete, with no total, no category, its empty sub-areas named', async () => {
    const json = await runRbw(['portfolio', folder, '--json', '--cache', cache]);
    expect(json.code).toBe(0);
    const portfolio = JSON.parse(json.stdout) as Portfolio;
    const blank = portfolio.units.find((u) => u.file === 'kanim-blank.xlsx');
    expect(blank).toMatchObject({ incomplete: true, totalError: '#DIV/0!', category: null });
    // The centre sheet's first sub-area (Tim Reformasi Birokrasi) has no answer.
    expect(blank?.emptySubAreas.map((s) => s.id)).toContain('A.I.1');
    expect(portfolio.distribution.D).toBe(0);
    expect(portfolio.distribution.AA).toBe(1);
    const filled = portfolio.units.find((u) => u.file === 'zi-filled.xlsx');
    expect(filled?.total).toBeCloseTo(95.5762, 4);
    expect(filled?.category).toBe('AA');

    const text = await runRbw(['portfolio', folder, '--cache', cache]);
    expect(text.code).toBe(0);
    const row = text.stdout.split('\n').find((l) => l.includes('kanim-blank')) ?? '';
    expect(row).toMatch(/belum lengkap/);
    expect(row).not.toMatch(/0,00|\bD\b/);
    expect(text.stdout).toMatch(/Kategori: AA 1 · A 0 · BB 0 · B 0 · CC 0 · C 0 · D 0/);
    // The empty sub-areas are named for the coordinator.
    expect(text.stdout).toMatch(/kanim-blank.*#DIV\/0!.*A\.I\.1 Tim Reformasi Birokrasi/);
  });
});
