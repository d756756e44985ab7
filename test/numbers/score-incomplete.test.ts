import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceDir } from '../fixtures/workbooks/reference-models';
import { runRbw } from '../hardening/run-rbw';

// The blank PMPRB workbook: every sheet's total and the headline 'LKE Utama'!J71 are #DIV/0! in Excel's
// cached values and in LibreOffice (workbooks/SOURCES.md): no answer, so AVERAGE of each sub-area fails.
const BLANK = join(referenceDir, 'workbooks', 'lke-pmprb-2015-kemenkumham-pusat-unit-blank.xlsx');

describe('rbw score: an incomplete workbook is not a D', () => {
  it('prints the breakdown of the blank PMPRB workbook without a category, saying it is incomplete', async () => {
    const run = await runRbw(['score', BLANK]);
    expect(run.code, run.errLines.join('\n')).toBe(0);
    const lines = run.stdout.split('\n');
    const total = lines.find((l) => l.startsWith('Nilai total:')) ?? '';
    expect(total).toContain('belum lengkap');
    expect(total).toContain('#DIV/0!');
    expect(total).not.toMatch(/Kategori: D\b/);
    // The empty sub-areas are named (the centre sheet's first: Tim Reformasi Birokrasi).
    expect(run.stdout).toMatch(/Tim Reformasi Birokrasi/);
  }, 240_000);
});
