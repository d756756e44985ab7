import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAnswersFile } from '../../service/answers/load-answers-file';
import { createDocument } from '../../service/documents/create-document';
import { builtinTemplate } from '../../shared/builtin-templates';
import type { AnswerRecord } from '../../shared/records/answer-record';
import type { Workbench } from './support/workbench';
import { cell, REPO, screenshot, startWorkbench } from './support/workbench';

/** Our own sample unit (examples/), answered in full, as last year's document. */
const EXAMPLE = join(REPO, 'examples', 'dinas-contoh-zi-2021.answers.json');

describe('the yearly cycle: this year started from last year, recommendations followed up', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench(null);
    // Without a file (and no recent document) the welcome screen; "Coba contoh" opens the sample.
    await wb.page.getByTestId('welcome-sample').click();
    await wb.page.locator('.doc-title').filter({ hasText: 'Dinas Contoh' }).waitFor();
    // Last year's document in the workbench's folder, where "Baru dari tahun lalu" lists it.
    const loaded = await loadAnswersFile(EXAMPLE);
    const records: Record<string, Partial<AnswerRecord>> = {};
    for (const [id, answer] of loaded.answers) records[id] = { answer };
    records['A.I.1.i.b'] = { ...records['A.I.1.i.b'], reviewerNote: 'Lampirkan SK penetapan anggota tim' };
    mkdirSync(join(wb.dataDir, 'documents'), { recursive: true });
    await createDocument(join(wb.dataDir, 'documents', 'lke-2025.rbw'), {
      template: builtinTemplate('zi-2021')!,
      metadata: { agency: 'Dinas Contoh', year: 2025 },
      records,
    });
  });
  afterAll(async () => wb?.close());

  it("starts this year from last year's document and lists what was carried", async () => {
    const { page } = wb;
    await page.getByTestId('new-from-last-year').click();
    const dialog = page.getByTestId('new-from-last-year-dialog');
    await dialog.waitFor();
    await page.getByTestId('lastyear-template').selectOption('zi-2021');
    await page.getByTestId('lastyear-file').selectOption({ label: 'lke-2025.rbw' });
    await page.getByTestId('meta-unit').fill('Bidang Pelayanan');
    await screenshot(page, '30-new-from-last-year');
    await page.getByTestId('lastyear-start').click();
    const report = page.getByTestId('start-report');
    await report.waitFor();
    // Every answered question and input of the sample (the same template: code and text match).
    expect(await page.getByTestId('start-report-carried').textContent()).toMatch(/^\d+ dari 128 pertanyaan/);
    expect(await report.textContent()).toContain('1 catatan reviewer tahun lalu menjadi usulan rekomendasi');
    await screenshot(page, '31-start-report');
    await report.getByRole('button', { name: 'OK' }).click();
    // The title bar: last year's agency, this unit, the next year.
    await page.locator('.doc-title').filter({ hasText: 'Dinas Contoh · Bidang Pelayanan · 2026' }).waitFor();
    expect(await page.title()).toContain('Dinas Contoh · Bidang Pelayanan · 2026');
    // The details stay editable.
    await page.getByTestId('metadata-open').click();
    await page.getByTestId('meta-unit').fill('Bidang Pelayanan Publik');
    await page.getByTestId('meta-save').click();
    await page
      .locator('.doc-title')
      .filter({ hasText: 'Dinas Contoh · Bidang Pelayanan Publik · 2026' })
      .waitFor();
  });

  it('shows what is still from last year and confirms a carried answer', async () => {
    const { page } = wb;
    const filter = page.getByTestId('filter-unconfirmed');
    const countOf = async () =>
      Number(/\((\d+)\)/.exec((await filter.locator('..').textContent()) ?? '')?.[1]);
    const before = await countOf();
    expect(before).toBeGreaterThan(100);
    await filter.check();
    await cell(page, 'A.I.1.i.a', 'answer').waitFor();
    expect(await cell(page, 'A.I.1.i.a', 'answer').getAttribute('class')).toContain('from-last-year');
    await screenshot(page, '32-unconfirmed');
    await page.getByTestId('confirm-A.I.1.i.a').click();
    // Confirmed: no longer among what is still from last year.
    await page.locator('.ag-row[row-id="A.I.1.i.a"]').waitFor({ state: 'detached' });
    expect(await countOf()).toBe(before - 1);
    await filter.uncheck();
  });

  it('shows the change per area against last year', async () => {
    const { page } = wb;
    const area = page.getByTestId('tree-A.I.1');
    // Nothing changed yet: the same answers as last year.
    await area.locator('.tree-change').filter({ hasText: 'Δ 0,00' }).waitFor();
    await page.getByTestId('tree-A.I.1.i').click();
    // A.I.1.i.b: last year's answer, changed to C (0 of A/B/C): the sub-area and its area lose points.
    await cell(page, 'A.I.1.i.b', 'answer').click();
    await page.keyboard.type('c');
    await page.keyboard.press('Enter');
    await area.locator('.tree-change.fail').waitFor();
    expect(await area.locator('.tree-change').textContent()).toMatch(/^Δ -\d+,\d\d$/);
    expect(await cell(page, 'A.I.1.i.b', 'answer').getAttribute('class')).not.toContain('from-last-year');
    // The summary lists the change of every area, the same figure.
    const changes = page.getByTestId('area-changes');
    const row = changes.locator('tr').filter({ hasText: 'A.I.1 ' });
    expect(await row.locator('.tree-change').textContent()).toBe(
      await area.locator('.tree-change').textContent(),
    );
    await changes.scrollIntoViewIfNeeded();
    await screenshot(page, '33-change-per-area');
  });

  it('adds a recommendation, finds it overdue, marks it done with evidence', async () => {
    const { page } = wb;
    await page.getByTestId('followup-open').click();
    const dialog = page.getByTestId('followup-dialog');
    await dialog.waitFor();
    // Last year's reviewer note, proposed.
    await dialog.getByText('Lampirkan SK penetapan anggota tim').waitFor();
    await page.getByTestId('followup-text').fill('Susun SOP pengaduan dan tetapkan dengan SK');
    await page.getByTestId('followup-target').fill('A.I.5.iii');
    await page.getByTestId('followup-new-pokja').fill('Pokja 5');
    await page.getByTestId('followup-due').fill('2020-06');
    await page.getByTestId('followup-add').click();
    const row = page.getByTestId('followup-row-2');
    await row.waitFor();
    await page.getByTestId('followup-overdue').check();
    await row.waitFor();
    // Only the overdue one is left: last year's proposal has no month due.
    expect(await dialog.locator('tbody tr').count()).toBe(1);
    await screenshot(page, '34-followup-overdue');
    await page.getByTestId('followup-status-2').selectOption('selesai');
    await page.getByTestId('followup-evidence-2').fill('SK Kepala Dinas No. 7/2026');
    await page.getByTestId('followup-save-2').click();
    // Done: no longer overdue.
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('followup-overdue').uncheck();
    await row.waitFor();
    expect(await page.getByTestId('followup-evidence-2').inputValue()).toBe('SK Kepala Dinas No. 7/2026');
    expect(await page.getByTestId('followup-status-2').inputValue()).toBe('selesai');
    await screenshot(page, '35-followup-done');
  });
});
