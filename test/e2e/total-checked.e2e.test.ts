import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workbench } from './support/workbench';
import { screenshot, startWorkbench } from './support/workbench';

/**
 * Issue 22, "a total must be a total": a small LKE worked out by hand (i. = AVERAGE(1; 0,5) × 4 = 3,
 * ii. = 1 × 6 = 6, A. = 9, B. = 3 ÷ 4 × 5 = 3,75; at most 15, typed on the total row) whose total cell
 * J10 is SUM(J2:J9): it adds the components and every row below them again, 28 (LibreOffice gives the
 * same). The window shows the workbook's 28 but says, beside it, that it exceeds 15 and is not A. + B.
 */
async function lkeSummingEverything(path: string): Promise<void> {
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
    [null, 'TOTAL', null, null, null, 15, null, null, null, { formula: 'SUM(J2:J9)' }],
  ];
  rows.forEach((cells, r) =>
    cells.forEach((value, c) => value !== null && (sheet.getCell(r + 1, c + 1).value = value)),
  );
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

describe('a total that is not a total, in the window', () => {
  let wb: Workbench;
  const folder = mkdtempSync(join(tmpdir(), 'rbw-total-e2e-'));
  beforeAll(async () => {
    wb = await startWorkbench(null);
    wb.files.grantFolder(folder);
  }, 120_000);
  afterAll(async () => wb?.close());

  it('shows the workbook’s 28 with a warning naming J10, the maximum 15 and A. + B. = 12,75', async () => {
    const { page } = wb;
    const file = join(folder, 'total-dobel.xlsx');
    await lkeSummingEverything(file);
    await page.getByRole('button', { name: 'Buka', exact: true }).click();
    await page.getByTestId('open-path').fill(file);
    await page.getByTestId('open-dialog').getByRole('button', { name: 'Buka', exact: true }).click();
    const header = page.locator('.header-total');
    await header.waitFor({ timeout: 120_000 });
    await expect(header.textContent()).resolves.toContain('28,00');
    const warning = page.getByTestId('header-total-warning');
    await warning.waitFor({ timeout: 30_000 });
    const said = (await warning.getAttribute('title')) ?? '';
    expect(said).toContain('sel J10');
    expect(said).toContain('melebihi nilai maksimum 15,00');
    expect(said).toContain('A. J2 + B. J8 = 12,75');
    await warning.hover();
    await screenshot(page, '22-total-not-a-total');
  }, 300_000);
});
