import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callService } from '../../service/api/window';
import type { Workbench } from './support/workbench';
import { ARTIFACTS, cell, expectTotal, REAL_WORKBOOK, screenshot, startWorkbench } from './support/workbench';

// A working day on the real ZI workbook at 1366×768, as a pokja member, an evaluator and a coordinator,
// in parts, each in a window of its own opened on the workbook (its total 95,58). Expected answers come
// from the workbook (A.I.1.ii: Ya, A, A; A.I.1.i.a: Ya) and totals by hand.
//
// The day's output: the printed report, and the evidence of a question edited as a list with a file
// attached.

describe('a working day on the real ZI workbook: the report printed, the evidence edited', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench(REAL_WORKBOOK);
    await expectTotal(wb.page, '95,58', 90_000);
  });
  afterAll(async () => wb?.close());

  it('prints a report: the cover with unit, year, totals, category and predicates, then every area', async () => {
    const { page } = wb;
    await page.evaluate(() => {
      // Headless Chromium has no print dialog: the report is printed to PDF below instead.
      window.print = () => window.dispatchEvent(new Event('afterprint-test'));
    });
    await page.getByTestId('print-open').click();
    const report = page.getByTestId('print-report');
    await report.waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const areas = await report.locator('section.area').count();
    // ZI: six areas of Pemenuhan, six of Reform, and the Hasil areas.
    expect(areas).toBeGreaterThanOrEqual(14);
    expect(await page.getByTestId('print-total').textContent()).toBe('95,58');
    const pdf = join(ARTIFACTS, 'day-07-report.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    await page.emulateMedia({ media: 'screen' });
    const prefix = join(ARTIFACTS, 'day-07-report');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '3', pdf, prefix]);
    const pages = readdirSync(ARTIFACTS).filter((f) => f.startsWith('day-07-report-') && f.endsWith('.png'));
    expect(pages.length).toBe(3);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('95,58');
    expect(text).toMatch(/Menuju WBK/);
    for (const area of ['MANAJEMEN PERUBAHAN', 'PENATAAN TATALAKSANA', 'PELAYANAN PUBLIK YANG PRIMA']) {
      expect(text).toContain(area);
    }
    expect(existsSync(pdf)).toBe(true);
  });

  it('edits evidence as a list: a description of several lines stays one item; a file is attached', async () => {
    const { page } = wb;
    // A question whose imported evidence has a description of several lines (read from the document).
    const path = (await page.locator('.doc-title').getAttribute('title')) as string;
    const opened = await callService('documents.open', { path }, { author: 'Uji E2E', files: wb.files });
    if (!opened.ok) throw new Error('the document does not open');
    const view = opened.value as { records: Record<string, { evidence: { text?: string; url?: string }[] }> };
    const [id, record] = Object.entries(view.records).find(
      ([key, r]) =>
        !key.split('.').pop()?.match(/^\d+$/) && r.evidence.some((e) => (e.text ?? '').includes('\n')),
    ) as [string, { evidence: { text?: string; url?: string }[] }];
    const multiLine = record.evidence.find((e) => (e.text ?? '').includes('\n'))?.text as string;

    await page.keyboard.press('Control+f');
    await page.getByTestId('find-input').fill(id);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await cell(page, id, 'evidence').dblclick();
    const dialog = page.getByTestId('evidence-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('ol.evidence-list > li').count()).toBe(record.evidence.length);
    const texts = await dialog
      .locator('textarea')
      .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(texts).toContain(multiLine);
    await screenshot(page, 'day-08-evidence');

    // Add a link and a file; save: the list grows by two and nothing was split.
    await page.getByTestId('evidence-add').click();
    const last = record.evidence.length;
    await page.getByTestId(`evidence-text-${last}`).fill('Notulen rapat\nbaris kedua');
    await page.getByTestId(`evidence-url-${last}`).fill('https://contoh.example/notulen');
    await page.getByTestId('evidence-file').setInputFiles({
      name: 'sk-tim.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4 contoh'),
    });
    await dialog.locator('.attachment', { hasText: 'sk-tim.pdf' }).waitFor();
    await page.getByTestId('evidence-save').click();
    await dialog.waitFor({ state: 'detached' });
    const after = await callService(
      'documents.view',
      { documentId: (opened.value as { documentId: string }).documentId },
      { author: 'Uji E2E', files: wb.files },
    );
    const saved = (after as { ok: true; value: typeof view }).value.records[id]?.evidence ?? [];
    expect(saved).toHaveLength(record.evidence.length + 2);
    expect(saved.map((e) => e.text)).toContain(multiLine);
    expect(saved).toContainEqual({
      text: 'Notulen rapat\nbaris kedua',
      url: 'https://contoh.example/notulen',
    });
    expect(
      saved.some((e) => (e as { attachment?: { fileName: string } }).attachment?.fileName === 'sk-tim.pdf'),
    ).toBe(true);
    // The attached file opens from the document.
    await cell(page, id, 'evidence').dblclick();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Buka berkas' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sk-tim.pdf');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
  });
});
