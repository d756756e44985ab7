import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callService } from '../../service/api/window';
import { checkAccessibility } from './support/accessibility';
import type { Workbench } from './support/workbench';
import { cell, cellShows, expectTotal, screenshot, startWorkbench } from './support/workbench';

/** The node id of an editor row (`te-row-<id>`). */
async function idOf(row: Locator): Promise<string> {
  return ((await row.getAttribute('data-testid')) ?? '').replace(/^te-row-/, '');
}

/** Adds a group or question under `parentId` and gives it a title (and a weight): its id. */
async function add(page: Page, level: string, parentId: string, title: string, weight?: string) {
  await page.getByTestId(`te-add-${level}-${parentId}`).click();
  const rows = page.locator(`.te-row.te-${level}`);
  const id = await idOf(rows.last());
  await page.getByTestId(`te-title-${id}`).fill(title);
  if (weight !== undefined) await page.getByTestId(`te-weight-${id}`).fill(weight);
  return id;
}

/** Types an answer into a question's answer cell, as a user does. */
async function answer(page: Page, id: string, text: string, shown: string) {
  await cell(page, id, 'answer').click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await cellShows(page, id, 'answer', shown);
}

/**
 * The template editor (issue 26): a coordinator builds a small model in the window (2 components, 3
 * areas, 6 questions of three answer types), sees the weight that does not add up named, fixes it, saves
 * it, makes a document from it, answers it and sees the total worked out by hand.
 */
describe('template editor', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench(null);
  });
  afterAll(async () => wb?.close());

  it('builds a model, names the weight error, saves it, and a document from it scores as worked by hand', async () => {
    const { page } = wb;
    await page.getByTestId('open-template-editor').click();
    await page.getByTestId('te-new-id').fill('opd-uji');
    await page.getByTestId('te-new-name').fill('Model OPD Uji');
    await screenshot(page, '39-template-editor-start');
    expect(await checkAccessibility(page, 'Editor templat (mulai)')).toEqual([]);
    await page.getByTestId('te-new-start').click();

    // A third answer type: a score on 0–100.
    await page.getByTestId('te-add-number').click();
    const pengungkit = await add(page, 'component', 'ROOT', 'Pengungkit', '60');
    const hasil = await add(page, 'component', 'ROOT', 'Hasil', '40');
    const mp = await add(page, 'area', pengungkit, 'Manajemen Perubahan', '30');
    const sdm = await add(page, 'area', pengungkit, 'Penataan SDM', '28');
    const kinerja = await add(page, 'area', hasil, 'Kinerja', '40');
    const q = [
      await add(page, 'indicator', mp, 'Tim RB ditetapkan'),
      await add(page, 'indicator', mp, 'Rencana kerja tim RB'),
      await add(page, 'indicator', sdm, 'Analisis jabatan'),
      await add(page, 'indicator', sdm, 'Indeks profesionalitas ASN'),
      await add(page, 'indicator', kinerja, 'Capaian kinerja'),
      await add(page, 'indicator', kinerja, 'Nilai survei kepuasan'),
    ] as string[];
    const types = ['Ya/Tidak', 'A/B/C', 'Ya/Tidak', 'Nilai (0-100)', 'A/B/C', 'Nilai (0-100)'];
    for (const [i, id] of q.entries())
      await page.getByTestId(`te-type-${id}`).selectOption(types[i] as string);

    // Penataan SDM 28 leaves Pengungkit at 58 of its 60: named, beside the row too; nothing can be saved.
    const problems = page.getByTestId('te-problems');
    expect(await problems.textContent()).toContain('Bobot komponen Pengungkit: 58 dari 60');
    expect(await page.getByTestId(`te-sum-${pengungkit}`).textContent()).toBe('58 dari 60');
    expect(await page.getByTestId('te-save').isDisabled()).toBe(true);
    await screenshot(page, '40-template-editor-weight-error');
    expect(await checkAccessibility(page, 'Editor templat (bobot salah)')).toEqual([]);

    // A question removed is back with Ctrl+Z.
    await page.getByTestId(`te-remove-${q[5]}`).click();
    expect(await page.getByTestId(`te-row-${q[5]}`).count()).toBe(0);
    await page.keyboard.press('Control+z');
    await page.getByTestId(`te-title-${q[5]}`).waitFor();
    expect(await page.getByTestId(`te-title-${q[5]}`).inputValue()).toBe('Nilai survei kepuasan');

    await page.getByTestId(`te-weight-${sdm}`).fill('30');
    await problems.filter({ hasText: 'Semua bobot sesuai.' }).waitFor();
    await page.getByTestId('te-save').click();
    const saved = page.getByTestId('te-saved');
    await saved.waitFor();
    expect(await saved.textContent()).toContain('versi 1, 6 pertanyaan');
    await screenshot(page, '41-template-editor-saved');
    await page.keyboard.press('Escape');

    // A document from it, answered: Manajemen Perubahan (Ya 1, B 0,5) → 0,75 × 30 = 22,5; Penataan SDM
    // (Tidak 0, 80 of 100) → 0,4 × 30 = 12; Kinerja (A 1, 50 of 100) → 0,75 × 40 = 30; total 64,5.
    await page.getByRole('button', { name: 'Baru', exact: true }).click();
    await page.getByTestId('new-template').selectOption('opd-uji');
    await page.getByTestId('new-dialog').getByRole('button', { name: 'Buat', exact: true }).click();
    await expectTotal(page, '0,00', 60_000);
    await answer(page, q[0] as string, 'ya', 'Ya');
    await answer(page, q[1] as string, 'b', 'B');
    await answer(page, q[2] as string, 'tidak', 'Tidak');
    await answer(page, q[3] as string, '80', '80');
    await answer(page, q[4] as string, 'a', 'A');
    await answer(page, q[5] as string, '50', '50');
    await expectTotal(page, '64,50');
    await screenshot(page, '42-document-from-edited-template');

    // The document records the template and the version it was made from.
    const path = (await page.locator('.doc-title').getAttribute('title')) as string;
    const opened = await callService('documents.open', { path }, { author: 'Uji E2E', files: wb.files });
    if (!opened.ok) throw new Error('the document does not open');
    const view = opened.value as { template: { id: string; version: string } };
    expect([view.template.id, view.template.version]).toEqual(['opd-uji', '1']);

    // Opened again, the template is saved as version 2.
    await page.getByTestId('open-template-editor').click();
    await page.getByTestId('te-existing').selectOption('opd-uji');
    await page.getByTestId('te-open-existing').click();
    expect(await page.getByTestId('te-version').textContent()).toBe('Versi 1 (disimpan sebagai versi 2)');
    await page.getByTestId('te-save').click();
    await page.getByTestId('te-saved').filter({ hasText: 'versi 2' }).waitFor();
  });

  it('opens the Indeks RB model as a copy with nothing to fix; a weight changed is named, and Ctrl+Z takes it back', async () => {
    const { page } = wb;
    await page.keyboard.press('Escape');
    await page.getByTestId('open-template-editor').click();
    await page.getByTestId('te-existing').selectOption('rb-2014');
    await page.getByTestId('te-open-existing').click();
    const problems = page.getByTestId('te-problems');
    await problems.filter({ hasText: 'Semua bobot sesuai.' }).waitFor();
    expect(await page.getByTestId('te-id-input').inputValue()).toBe('rb-2014-sendiri');
    // Manajemen Perubahan (5) typed as 7: Proses holds 62 of its 60.
    await page.getByTestId('te-weight-A.I').fill('7');
    expect(await problems.textContent()).toContain('Bobot komponen PROSES (60): 62 dari 60');
    await screenshot(page, '43-template-editor-rb-2014-copy');
    expect(await checkAccessibility(page, 'Editor templat (Indeks RB)')).toEqual([]);
    // Escape with unsaved work asks first; the question answered "no", the editor stays.
    const asked: string[] = [];
    page.once('dialog', (question) => {
      asked.push(question.message());
      void question.dismiss();
    });
    await page.keyboard.press('Escape');
    expect(asked).toEqual(['Templat belum disimpan. Tutup dan buang perubahannya?']);
    expect(await problems.isVisible()).toBe(true);
    await page.keyboard.press('Control+z');
    await problems.filter({ hasText: 'Semua bobot sesuai.' }).waitFor();
    expect(await page.getByTestId('te-weight-A.I').inputValue()).toBe('5');
    // A question made a % row of two Jumlah inputs, then taken back.
    await page.getByTestId('te-title-A.I.1.a').click();
    await page.getByTestId('te-derive').click();
    expect(await page.getByTestId('te-type-A.I.1.a').inputValue()).toBe('%');
    expect(await page.getByTestId('te-type-A.I.1.a').isDisabled()).toBe(true);
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="te-type-A.I.1.a"]') as HTMLSelectElement | null)?.value ===
        'A/B/C',
    );
    expect(await page.getByTestId('te-type-A.I.1.a').inputValue()).toBe('A/B/C');
    // Undone, nothing is left unsaved: Escape closes the editor without asking.
    await page.keyboard.press('Escape');
    await problems.waitFor({ state: 'detached' });
    expect(asked).toHaveLength(1);
  });
});
