import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runRbw } from '../hardening/run-rbw';
import { smallLkeWorkbook } from '../support/small-lke-workbook';

vi.setConfig({ testTimeout: 180_000 });

/**
 * The small LKE worked out by hand: i. = AVERAGE(Ya = 1, B = 0,5) × 4 = 3; ii. = AVERAGE(A = 1) × 6 = 6;
 * A. = 9; B. = 3 ÷ 4 × 5 = 3,75; A. + B. = 12,75, at most 10 + 5 = 15 (F10). Only the formula of the
 * total cell J10 changes between the cases.
 */
async function lke(total: string): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'rbw-total-')), 'total.xlsx');
  writeFileSync(path, await smallLkeWorkbook(total));
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

/**
 * The same LKE without a total row, so that the workbench adds the total itself (A. + B.), and with A.
 * written SUM(J3:J7): the sub-areas and their questions again, 3 + 1 + 0,5 + 6 + 1 = 11,5 (LibreOffice
 * gives the same). The added total is 11,5 + 3,75 = 15,25, above what the components weigh, 10 + 5 = 15.
 */
async function lkeWithoutTotalRow(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'rbw-total-')), 'tanpa-total.xlsx');
  writeFileSync(
    path,
    await smallLkeWorkbook(null, (sheet) => {
      sheet.getCell('J2').value = { formula: 'SUM(J3:J7)' };
    }),
  );
  return path;
}

describe('a total the workbench adds states its maximum too', () => {
  it('A. + B. = 15,25 above the components’ 15 is said in rbw score and rbw inspect, naming the cells', async () => {
    const file = await lkeWithoutTotalRow();
    for (const command of ['score', 'inspect']) {
      const run = await runRbw([command, file]);
      expect(run.code).toBe(0);
      const said = run.stdout.split('\n').filter((l) => l.includes('melebihi nilai maksimum'));
      expect(said).toHaveLength(1);
      // rbw score names the file in its heading, rbw inspect on every finding.
      if (command === 'inspect') expect(said[0]).toContain('tanpa-total.xlsx');
      expect(said[0]).toContain('lembar "Lembar Kerja"');
      expect(said[0]).toContain('15,25');
      expect(said[0]).toContain('15,00');
      expect(said[0]).toContain('A. J2 + B. J8');
    }
  });
});
