import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import type { Workbench } from './support/workbench';
import { cell, cellShows, expectTotal, screenshot, startWorkbench, totalText } from './support/workbench';

const folder = mkdtempSync(join(tmpdir(), 'rbw-e2e-merge-'));
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

async function fill(name: string, cells: Record<string, ExcelJS.CellValue>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(exported);
  const sheet = workbook.getWorksheet('LKE') as ExcelJS.Worksheet;
  for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  const path = join(folder, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Opens Impor Excel and gives the pokja's file to its merge field: the preview opens. */
async function mergeFile(page: Page, path: string) {
  await page.getByRole('button', { name: 'Impor Excel', exact: true }).click();
  await page.getByTestId('merge-file').setInputFiles(path);
  await page.getByTestId('merge-summary').waitFor();
}

describe('merging a pokja’s file in the workbench: preview, a choice per conflict, one action', () => {
  let wb: Workbench;
  let filled: string;
  let stale: string;

  beforeAll(async () => {
    await rbw('new', '--template', 'zi-2021', '--out', doc);
    await rbw('set', doc, 'A.I.1.i.a', '--pokja', 'Pokja 1');
    await rbw('export', doc, '--out', exported, '--pokja', 'Pokja 1');
    // The same export twice: one filled in by the pokja, one left as it was but for K17 (A.I.1.iii.c).
    filled = await fill('pokja-1-isi.xlsx', {
      K8: 'Ya',
      K9: 'A',
      K11: 'Ya',
      K12: 'B',
      K13: 'A',
      O8: 'SK tim terbit Maret',
      P9: 'SK Tim Kerja ZI',
      Q9: { text: 'https://drive.example/sk-tim', hyperlink: 'https://drive.example/sk-tim' },
    });
    stale = await fill('pokja-1-lama.xlsx', { K17: 'D' });
    wb = await startWorkbench(doc);
    await expectTotal(wb.page, '0,00', 60_000);
  });
  afterAll(async () => wb?.close());

  it('previews the filled copy and merges it as one action', async () => {
    const { page } = wb;
    await mergeFile(page, filled);
    expect(await page.getByTestId('merge-summary').textContent()).toContain(
      'Pokja 1: 7 isian akan diambil dari berkas, 0 konflik',
    );
    await page.getByTestId('merge-apply').click();
    await page.getByTestId('merge-dialog').waitFor({ state: 'detached' });
    await page.getByTestId('tree-A.I.1.i').click();
    await cellShows(page, 'A.I.1.i.a', 'answer', 'Ya');
    expect(await totalText(page)).not.toBe('0,00');
  });

  it('keeps the coordinator’s B and blanks nothing from a stale copy; the conflict is applied only after a choice', async () => {
    const { page } = wb;
    await page.getByTestId('tree-A.I.1.iii').click();
    await cell(page, 'A.I.1.iii.c', 'answer').click();
    await page.keyboard.type('b');
    await page.keyboard.press('Enter');
    await cellShows(page, 'A.I.1.iii.c', 'answer', 'B');
    const total = await totalText(page);

    await mergeFile(page, stale);
    expect(await page.getByTestId('merge-summary').textContent()).toContain(
      'Pokja 1: 0 isian akan diambil dari berkas, 1 konflik',
    );
    const conflict = page.getByTestId('conflict-A.I.1.iii.c-answer');
    expect(await conflict.textContent()).toMatch(
      /A\.I\.1\.iii\.c.*baris 17.*\(kosong\).*B.*diubah Uji E2E.*D/,
    );
    // Nothing can be applied before a side is chosen.
    expect(await page.getByTestId('merge-apply').isDisabled()).toBe(true);
    expect(await page.getByTestId('merge-dialog').textContent()).toContain('1 konflik belum dipilih');
    await screenshot(page, '20-merge-conflict');
    expect(await totalText(page)).toBe(total);

    await page.getByRole('radio', { name: 'A.I.1.iii.c: pakai nilai berkas' }).check();
    expect(await page.getByTestId('merge-apply').textContent()).toBe('Gabungkan 1 isian');
    await page.getByTestId('merge-apply').click();
    await page.getByTestId('merge-dialog').waitFor({ state: 'detached' });
    await cellShows(page, 'A.I.1.iii.c', 'answer', 'D');
    // The answers merged before stay.
    await page.getByTestId('tree-A.I.1.i').click();
    await cellShows(page, 'A.I.1.i.a', 'answer', 'Ya');
    await cellShows(page, 'A.I.1.i.b', 'answer', 'A');

    // One action, named after the file and the pokja, that undo takes back whole.
    await page.getByRole('button', { name: 'Riwayat', exact: true }).click();
    const history = page.getByTestId('history-dialog');
    expect(await history.locator('ol.history > li').first().textContent()).toMatch(
      /^Gabung pokja-1-lama\.xlsx \(Pokja 1\).*Jawaban: B → D/,
    );
    await screenshot(page, '21-merge-history');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await expectTotal(page, total);
    await page.getByTestId('tree-A.I.1.iii').click();
    await cellShows(page, 'A.I.1.iii.c', 'answer', 'B');
  });
});
