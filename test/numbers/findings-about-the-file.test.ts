import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runRbw } from '../hardening/run-rbw';
import { REAL_WORKBOOK } from '../hardening/workbook-variants';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

const WORKBOOKS = '../shared/reference/workbooks';
const BPS = `${WORKBOOKS}/lke-rb-2015-bps.xlsx`;
const PMPRB_S1 = `${WORKBOOKS}/derived/lke-pmprb-2015-kemenkumham-randfill-s1.xlsx`;

const folder = mkdtempSync(join(tmpdir(), 'rbw-findings-'));
const blankHasil = join(folder, 'hasil-kosong.xlsx');

beforeAll(async () => {
  // The real ZI workbook with both survey answers of Hasil (K202, K205) cleared: L202 is
  // IF(K202="","Blm Diisi",K202/4)*H202, so "Blm Diisi" × 17,5 gives #VALUE! and so does the total
  // (LibreOffice, recalculating the copy: L202, L201, L205, L206 and L208 all #VALUE!).
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(REAL_WORKBOOK);
  const sheet = workbook.getWorksheet('LKE ZI') as ExcelJS.Worksheet;
  sheet.getCell('K202').value = null;
  sheet.getCell('K205').value = null;
  await workbook.xlsx.writeFile(blankHasil);
});

const inspect = async (file: string): Promise<string[]> => {
  const run = await runRbw(['inspect', file]);
  expect(run.errLines).toEqual([]);
  expect(run.code).toBe(0);
  return run.stdout.split('\n');
};
const lineOf = (lines: string[], cell: string): string =>
  lines.find((l) => l.includes(`sel ${cell}: `)) ?? `(no finding at ${cell})`;
/** "−0,1333" → -0.1333 */
const number = (text: string): number => Number(text.replace('−', '-').replace(/\./g, '').replace(',', '.'));
const effects = (lines: string[]): number[] =>
  lines.flatMap((l) => {
    const m = /^ {3}pengaruh pada nilai total: ([−+]?[\d.]+,\d+)$/.exec(l);
    return m ? [number(m[1] as string)] : [];
  });

describe('findings are about the file', () => {
  it('a formula seen wrong only with trial answers says so, and says what the file shows (BPS K90)', async () => {
    const lines = await inspect(BPS);
    const k90 = lineOf(lines, 'K90');
    // Excel's saved value of 'LKE '!K90 (openpyxl, data_only) is 0: J90 "Tidak" × K89.
    expect(k90).toMatch(/dengan jawaban uji acak no\. \d/);
    expect(k90).toMatch(/dengan jawaban berkas ini sel menampilkan 0, sesuai aturan standar/);
  });

  it('the derived PMPRB filling: L130 shows 11 ÷ 45 = 0,2444 with the file’s answers, and the effects add up', async () => {
    const lines = await inspect(PMPRB_S1);
    // K130 = K135/K131 = 11 ÷ (5 + 20 + 20); LibreOffice recalculating the file gives 0.244444444444444.
    expect(lineOf(lines, 'L130')).toMatch(/dengan jawaban berkas ini sel menampilkan 0,2444/);
    // The sheet's own total, LibreOffice: 'LKE Pusat'!L228 = 62.9421031746032.
    const difference = lines.find((l) => l.startsWith('Selisih lembar "LKE Pusat"'));
    expect(difference).toMatch(/rumus workbook 62,9421 − aturan standar [\d,]+ = [−+][\d,]+/);
    const m = /= ([−+][\d,]+); pengaruh temuan di atas ([−+]?[\d,]+), selisih lain ([−+]?[\d,]+)/.exec(
      difference ?? '',
    );
    expect(m).not.toBeNull();
    const [stated, listed, other] = (m as RegExpExecArray).slice(1).map(number) as [number, number, number];
    expect(effects(lines).reduce((a, b) => a + b, 0)).toBeCloseTo(listed, 3);
    expect(listed + other).toBeCloseTo(stated, 3);
  });

  it('the real ZI workbook: the one effect is the whole difference 95,5762 − 95,7095', async () => {
    const lines = await inspect(REAL_WORKBOOK);
    expect(lines).toContain(
      'Selisih lembar "LKE ZI" (rumus workbook − aturan standar): rumus workbook 95,5762 − aturan standar 95,7095 = −0,1333; pengaruh temuan di atas −0,1333, selisih lain 0,0000',
    );
    expect(effects(lines).reduce((a, b) => a + b, 0)).toBeCloseTo(95.5762 - 95.7095, 4);
    expect(lineOf(lines, 'L175')).toContain('dengan jawaban berkas ini');
  });

  it('an incomplete total names the blank Hasil answers, sheet, cell and code', async () => {
    const lines = await inspect(blankHasil);
    const total = lineOf(lines, 'L208');
    expect(total).toContain('#VALUE!');
    expect(total).toContain("'LKE ZI'!K202 (B.I.a)");
    expect(total).toContain("'LKE ZI'!K205 (B.II.a)");
  });

  it('--json carries the answers each finding used', async () => {
    const run = await runRbw(['inspect', BPS, '--json']);
    const json = JSON.parse(run.stdout) as {
      findings: { where: { cell?: string }; trial?: number; fileValue?: number | string }[];
    };
    const k90 = json.findings.find((f) => f.where.cell === 'K90');
    expect(k90?.trial).toEqual(expect.any(Number));
    expect(k90?.fileValue).toBe(0);
    const k14 = json.findings.find((f) => f.where.cell === 'K14');
    expect(k14?.trial).toBeUndefined();
  });
});
