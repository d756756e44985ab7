import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import type { Workbench } from './support/workbench';
import { cell, cellShows, expectTotal, screenshot, startWorkbench } from './support/workbench';

const folder = mkdtempSync(join(tmpdir(), 'rbw-e2e-merge-in-file-'));
const doc = join(folder, 'lke.rbw');
const exported = join(folder, 'pokja-1.xlsx');

async function rbw(...argv: string[]) {
  const out: string[] = [];
  const code = await main([...argv, ...(argv[0] === 'export' ? [] : ['--author=koordinator'])], {
    out: (l) => out.push(l),
    err: (l) => out.push(l),
  });
  if (code !== 0) throw new Error(`rbw ${argv.join(' ')}: ${out.join('\n')}`);
}

/**
 * The pokja's file with A.I.1.i.a on its own row 8 (Ya, "SK tim terbit Maret") and on a copy of that row
 * below the LKE (Tidak, "SK tim belum ada"), as a pokja copying a row leaves it; A.I.1.i.b (row 9)
 * answered A once.
 */
async function fileWithRepeatedRow(): Promise<{ path: string; copyRow: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(exported);
  const sheet = workbook.getWorksheet('LKE') as ExcelJS.Worksheet;
  expect(sheet.getCell('A8').value).toBe('A.I.1.i.a');
  sheet.getCell('K8').value = 'Ya';
  sheet.getCell('O8').value = 'SK tim terbit Maret';
  sheet.getCell('K9').value = 'A';
  const copyRow = sheet.rowCount + 2;
  const copy = sheet.getRow(copyRow);
  sheet.getRow(8).eachCell((c, col) => (copy.getCell(col).value = c.value));
  copy.getCell('K').value = 'Tidak';
  copy.getCell('O').value = 'SK tim belum ada';
  const path = join(folder, 'pokja-1-dua-baris.xlsx');
  await workbook.xlsx.writeFile(path);
  return { path, copyRow };
}

/**
 * Issue 22, "a pokja file with duplicate rows": two rows of one code disagreeing are a conflict inside the
 * file. The merge dialog shows both rows with their row numbers, offers no "take the file's value" for
 * them (only the file can say which row is the pokja's), and merges the rest once the document's value
 * is kept: nothing of either row lands.
 */
describe('the merge dialog shows rows of one code disagreeing inside the pokja’s file', () => {
  let wb: Workbench;
  let file: { path: string; copyRow: number };

  beforeAll(async () => {
    await rbw('new', '--template', 'zi-2021', '--out', doc);
    await rbw('set', doc, 'A.I.1.i.a', '--pokja', 'Pokja 1');
    await rbw('export', doc, '--out', exported, '--pokja', 'Pokja 1');
    file = await fileWithRepeatedRow();
    wb = await startWorkbench(doc);
    await expectTotal(wb.page, '0,00', 60_000);
  }, 180_000);
  afterAll(async () => wb?.close());

  it('lists both rows, keeps the document’s value, and merges the rest', async () => {
    const { page } = wb;
    await page.getByRole('button', { name: 'Impor Excel', exact: true }).click();
    await page.getByTestId('merge-file').setInputFiles(file.path);
    await page.getByTestId('merge-summary').waitFor();
    expect(await page.getByTestId('merge-summary').textContent()).toContain(
      '1 isian akan diambil dari berkas, 2 konflik',
    );
    const answer = page.getByTestId('in-file-A.I.1.i.a-answer');
    const rows = (await answer.textContent()) ?? '';
    expect(rows).toContain('beberapa baris dengan nilai berbeda');
    expect(rows).toContain('baris 8: Ya');
    expect(rows).toContain(`baris ${file.copyRow}: Tidak`);
    const note = (await page.getByTestId('in-file-A.I.1.i.a-note').textContent()) ?? '';
    expect(note).toContain('baris 8: SK tim terbit Maret');
    expect(note).toContain(`baris ${file.copyRow}: SK tim belum ada`);
    // Neither row can be taken; nothing is applied before the document's value is kept.
    await expect(page.getByRole('radio', { name: 'A.I.1.i.a: pakai nilai berkas' }).count()).resolves.toBe(0);
    expect(await page.getByTestId('merge-apply').isDisabled()).toBe(true);
    await screenshot(page, '22-merge-in-file');

    await page.getByRole('button', { name: 'Semua pakai nilai dokumen' }).click();
    await page.getByTestId('merge-apply').click();
    await page.getByTestId('merge-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('tree-A.I.1.i').click();
    await cellShows(page, 'A.I.1.i.b', 'answer', 'A');
    expect(((await cell(page, 'A.I.1.i.a', 'answer').textContent()) ?? '').trim()).toBe('');
  });
});
