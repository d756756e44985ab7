import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './support/accessibility';
import { callService } from '../../service/api/window';
import type { Workbench } from './support/workbench';
import {
  ARTIFACTS,
  cell,
  cellShows,
  expectTotal,
  REAL_WORKBOOK,
  screenshot,
  startWorkbench,
} from './support/workbench';

// A working day on the real ZI workbook at 1366×768, as a pokja member, an evaluator and a coordinator.
// Expected answers come from the workbook (A.I.1.ii: Ya, A, A; A.I.1.i.a: Ya) and totals by hand.

describe('a full working day at 1366×768 on the real ZI workbook', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench(REAL_WORKBOOK);
    await expectTotal(wb.page, '95,58', 90_000);
  });
  afterAll(async () => wb?.close());

  it('puts the unit’s and the evaluator’s answers side by side in the evaluator’s view, remembered', async () => {
    const { page } = wb;
    await page.getByTestId('view-reviewer').click();
    await page.getByTestId('tree-A.I.1').click();
    await fullyInGrid(page, 'answer');
    await fullyInGrid(page, 'reviewerAnswer');
    await fullyInGrid(page, 'reviewerValue');
    // The evaluator answers three questions: Ya, A, B (y answers Ya, as in the unit's column).
    await cell(page, 'A.I.1.ii.a', 'reviewerAnswer').click();
    await page.keyboard.type('y');
    await page.keyboard.press('Enter');
    await cellShows(page, 'A.I.1.ii.a', 'reviewerAnswer', 'Ya');
    await page.keyboard.type('a');
    await page.keyboard.press('Enter');
    await cellShows(page, 'A.I.1.ii.b', 'reviewerAnswer', 'A');
    await page.keyboard.type('b');
    await page.keyboard.press('Enter');
    await cellShows(page, 'A.I.1.ii.c', 'reviewerAnswer', 'B');
    await page.getByTestId('reviewed-count').filter({ hasText: '3/113 dinilai' }).waitFor();
    expect(await page.getByTestId('reviewer-total').textContent()).toBe('0,83');
    // The sub-area's reviewer subtotal: (1 + 1 + 0,5) / 3 × 1 = 0,83, in the grid's heading row and the tree.
    await cellShows(page, 'A.I.1.ii', 'reviewerValue', '0,83');
    await page.getByTestId('tree-review-A.I.1.ii').filter({ hasText: '0,83' }).waitFor();
    expect(await page.getByTestId('tree-review-A.I.1.ii').textContent()).toContain('3/3');
    // The evaluator's cells have their own colour.
    const colours = await page.evaluate(() => {
      const bg = (col: string) =>
        getComputedStyle(
          document.querySelector(`.ag-row[row-id="A.I.1.ii.a"] .ag-cell[col-id="${col}"]`) as Element,
        ).backgroundColor;
      return { unit: bg('answer'), reviewer: bg('reviewerAnswer') };
    });
    expect(colours.reviewer).not.toBe(colours.unit);
    await screenshot(page, 'day-01-evaluator-view');
    await page.reload();
    await expectTotal(page, '95,58');
    expect(await page.getByTestId('view-reviewer').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('view-pokja').click();
    await page.locator('.ag-header-cell[col-id="reviewerAnswer"]').waitFor({ state: 'detached' });
  });

  it('selects a range with Shift+arrows and copies three answers as three lines', async () => {
    const { page } = wb;
    await page.getByTestId('tree-A.I.1.ii').click();
    // The grid shows the node's rows a frame after the tree (a busy machine makes it a long one).
    await page.locator('.ag-row[row-index="0"][row-id="A.I.1.ii"]').first().waitFor();
    await selectOnly(page, 'A.I.1.ii.a', 'answer');
    await extendDown(page, 'A.I.1.ii.b', 'answer');
    await extendDown(page, 'A.I.1.ii.c', 'answer');
    expect(await selectedRows(page)).toEqual(['A.I.1.ii.a', 'A.I.1.ii.b', 'A.I.1.ii.c']);
    expect(await copied(page)).toBe('Ya\nA\nA\n');
    await screenshot(page, 'day-02-range');
    // Shift+click makes the same range; the anchor stays where it was.
    await cell(page, 'A.I.1.ii.a', 'answer').click();
    await cell(page, 'A.I.1.ii.c', 'value').click({ modifiers: ['Shift'] });
    expect(await selectedRows(page)).toEqual(['A.I.1.ii.a', 'A.I.1.ii.b', 'A.I.1.ii.c']);
    expect(await copied(page)).toBe('Ya\t1,00\nA\t1,00\nA\t1,00\n');
    // Dragging from the first answer to the second selects two.
    const from = await cell(page, 'A.I.1.ii.a', 'answer').boundingBox();
    const to = await cell(page, 'A.I.1.ii.b', 'answer').boundingBox();
    if (!from || !to) throw new Error('cells not on screen');
    await page.mouse.move(from.x + 10, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(to.x + 10, to.y + 5, { steps: 4 });
    await page.mouse.move(to.x + 12, to.y + 10, { steps: 2 });
    await page.mouse.up();
    expect(await selectedRows(page)).toEqual(['A.I.1.ii.a', 'A.I.1.ii.b']);
  });

  it('clears a range with Delete and fills down with Ctrl+D, each one undoable step', async () => {
    const { page } = wb;
    await selectOnly(page, 'A.I.1.ii.b', 'answer');
    await extendDown(page, 'A.I.1.ii.c', 'answer');
    await page.keyboard.press('Delete');
    await cellShows(page, 'A.I.1.ii.c', 'answer', '');
    await cellShows(page, 'A.I.1.ii.b', 'answer', '');
    // Left out of the average: Ya alone gives the sub-area 1, the total stays.
    await page.keyboard.press('Control+z');
    await cellShows(page, 'A.I.1.ii.b', 'answer', 'A');
    await cellShows(page, 'A.I.1.ii.c', 'answer', 'A');
    // Undo says what it did and where.
    await page
      .getByTestId('notice')
      .filter({ hasText: /Diurungkan: A\.I\.1\.ii\.[bc] ".+" dan 1 isian lain/ })
      .waitFor();

    // The coordinator's view: pokja, status and target month first. Fill down a target month typed in
    // words: "Mei 2026" shows as typed and is kept as 2026-05.
    await page.getByTestId('view-coordinator').click();
    await cell(page, 'A.I.1.ii.a', 'targetMonth').dblclick();
    await page.keyboard.type('mei 2026');
    await page.keyboard.press('Enter');
    await cellShows(page, 'A.I.1.ii.a', 'targetMonth', 'Mei 2026');
    await selectOnly(page, 'A.I.1.ii.a', 'targetMonth');
    await extendDown(page, 'A.I.1.ii.b', 'targetMonth');
    await extendDown(page, 'A.I.1.ii.c', 'targetMonth');
    await page.keyboard.press('Control+d');
    await cellShows(page, 'A.I.1.ii.c', 'targetMonth', 'Mei 2026');
    await cellShows(page, 'A.I.1.ii.b', 'targetMonth', 'Mei 2026');
    await screenshot(page, 'day-03-fill-down');
    await page.keyboard.press('Control+z');
    await cellShows(page, 'A.I.1.ii.c', 'targetMonth', '');
    await page.keyboard.press('Control+z');
    await cellShows(page, 'A.I.1.ii.a', 'targetMonth', '');
    await page.getByTestId('view-pokja').click();
  });

  it('finds a question far down the LKE by its note and jumps to it (Ctrl+F)', async () => {
    const { page } = wb;
    await page.getByTestId('tree-ROOT').click();
    // A note typed on a question near the end, then found from the top.
    await page.getByTestId('tree-B.I').click();
    await cell(page, 'B.I.a', 'note').dblclick();
    await page.keyboard.type('kunci-cari-xyz');
    await page.keyboard.press('Tab');
    await cellShows(page, 'B.I.a', 'note', 'kunci-cari-xyz');
    await page.getByTestId('tree-ROOT').click();
    await cell(page, 'A.I.1.i.a', 'answer').click();
    expect(await cell(page, 'B.I.a', 'answer').count()).toBe(0);
    await page.keyboard.press('Control+f');
    await page.getByTestId('find-input').fill('KUNCI-cari');
    await page.keyboard.press('Enter');
    await page.getByTestId('find-count').filter({ hasText: '1 dari 1' }).waitFor();
    await page.locator('.ag-row[row-id="B.I.a"] .ag-cell-focus').waitFor();
    await fullyInGrid(page, 'note', 'B.I.a');
    await screenshot(page, 'day-04-find');
    await page.keyboard.press('Escape');
    // The browser's own find does not see the rows the grid has not drawn: ours searches the document.
    await page.getByTestId('find-open').click();
    await page.getByTestId('find-input').fill('agen perubahan');
    await page
      .getByTestId('find-count')
      .filter({ hasText: /dari [2-9]/ })
      .waitFor();
    await page.getByTestId('find-input').press('Escape');
    await page.getByTestId('find-bar').waitFor({ state: 'detached' });
  });

  it('drives the tree by keyboard, folds and widens it, folds the summary, compacts the rows', async () => {
    const { page } = wb;
    await page.locator('[role="tree"]').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('tree-A').getAttribute('aria-selected')).toBe('true');
    // Left folds the component, Right opens it again.
    await page.keyboard.press('ArrowLeft');
    await page.getByTestId('tree-A.I').waitFor({ state: 'detached' });
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('tree-A.I').waitFor();
    // Full titles on hover.
    expect(await page.getByTestId('tree-A.I.1').getAttribute('title')).toBe('1. MANAJEMEN PERUBAHAN');

    const gridWidth = async () => (await page.getByTestId('indicator-grid').boundingBox())?.width ?? 0;
    const before = await gridWidth();
    await page.getByTestId('tree-splitter').focus();
    await page.keyboard.press('Shift+ArrowRight');
    expect(await gridWidth()).toBe(before - 40);
    await page.getByTestId('summary-hide').click();
    await page.getByTestId('tree-hide').click();
    expect(await gridWidth()).toBeGreaterThan(1250);
    await page.getByTestId('column-chooser').click();
    await page.getByTestId('compact-rows').check();
    await page.getByTestId('column-chooser').click();
    await page.getByTestId('tree-show').click();
    await page.getByTestId('tree-ROOT').click();
    await screenshot(page, 'day-05-compact-no-summary');
    const rowsShown = await page.locator('.ag-grid-scrolling-container .ag-row').count();
    expect(rowsShown).toBeGreaterThan(18);

    // Hide a column, resize another: both are remembered for this document after a reload.
    await page.getByTestId('column-chooser').click();
    await page.getByTestId('column-evidence').uncheck();
    await page.getByTestId('column-chooser').click();
    await page.locator('.ag-header-cell[col-id="evidence"]').waitFor({ state: 'detached' });
    const handle = page.locator('.ag-header-cell[col-id="note"] .ag-header-cell-resize');
    const box = await handle.boundingBox();
    if (!box) throw new Error('no resize handle');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 100, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const noteWidth = await headerWidth(page, 'note');
    expect(noteWidth).toBeGreaterThan(260);
    await page.reload();
    // The summary stays folded after the reload: the header shows the total.
    await page.locator('.header-total').filter({ hasText: '95,58' }).waitFor();
    await page.locator('.ag-header-cell[col-id="note"]').waitFor();
    expect(await page.locator('.ag-header-cell[col-id="evidence"]').count()).toBe(0);
    expect(await headerWidth(page, 'note')).toBe(noteWidth);
    expect(await page.getByTestId('summary-show').count()).toBe(1);
    await page.getByTestId('summary-show').click();
    await page.getByTestId('column-chooser').click();
    await page.getByTestId('compact-rows').uncheck();
    await page.getByTestId('column-evidence').check();
    await page.getByTestId('column-chooser').click();
  });

  it('clears an error once the next edit succeeds; history shows the focused question in words', async () => {
    const { page } = wb;
    await page.getByTestId('tree-A.I.1.ii').click();
    await cell(page, 'A.I.1.ii.b', 'answer').click();
    await page.keyboard.type('z');
    await page.keyboard.press('Enter');
    const notice = page.locator('[data-testid="notice"].error');
    await notice.waitFor();
    // The question by number and title, the field in words.
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('A.I.1.ii.b "');
    expect(text).toContain('(Jawaban)');
    await cell(page, 'A.I.1.ii.b', 'answer').click();
    await page.keyboard.type('b');
    await page.keyboard.press('Enter');
    await cellShows(page, 'A.I.1.ii.b', 'answer', 'B');
    await notice.waitFor({ state: 'detached' });

    await cell(page, 'A.I.1.ii.b', 'note').click();
    await page.getByRole('button', { name: 'Riwayat', exact: true }).click();
    const dialog = page.getByTestId('history-dialog');
    await dialog.locator('ol.history li').first().waitFor();
    const history = (await dialog.textContent()) ?? '';
    expect(history).toContain('Riwayat A.I.1.ii.b');
    expect(history).toContain('Jawaban: A → B');
    expect(history).not.toContain('null');
    await screenshot(page, 'day-06-history');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await cellShows(page, 'A.I.1.ii.b', 'answer', 'A');
  });

  it('lists under "Belum dijawab" only what is unanswered (A.I.1.i.a is answered Ya)', async () => {
    const { page } = wb;
    await page.getByTestId('tree-ROOT').click();
    await page.getByTestId('filter-unanswered').check();
    const rows = await page
      .locator('.ag-row[row-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('row-id')));
    expect(rows).not.toContain('A.I.1.i.a');
    await page.getByTestId('filter-unanswered').uncheck();
  });

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

  it('has no WCAG 2.1 A/AA accessibility violation on the main screen and in each dialog', async () => {
    const { page } = wb;
    await page.getByTestId('tree-A.I.1').click();
    const violations: string[] = [];
    violations.push(...(await checkAccessibility(page, 'main screen')));
    await page.getByTestId('view-reviewer').click();
    violations.push(...(await checkAccessibility(page, 'evaluator view')));
    await page.getByTestId('view-pokja').click();
    const dialogs: [string, () => Promise<void>][] = [
      ['Baru', async () => page.getByRole('button', { name: 'Baru', exact: true }).click()],
      ['Buka', async () => page.getByRole('button', { name: 'Buka', exact: true }).click()],
      ['Impor Excel', async () => page.getByRole('button', { name: 'Impor Excel', exact: true }).click()],
      ['Ekspor Excel', async () => page.getByRole('button', { name: 'Ekspor Excel', exact: true }).click()],
      ['Snapshot', async () => page.getByRole('button', { name: 'Snapshot', exact: true }).click()],
      ['Riwayat', async () => page.getByRole('button', { name: 'Riwayat', exact: true }).click()],
      ['Temuan', async () => page.getByTestId('open-findings').click()],
      ['Tombol pintas', async () => page.getByTestId('shortcuts-open').click()],
      ['Bukti dukung', async () => cell(page, 'A.I.1.i.a', 'evidence').dblclick()],
    ];
    for (const [name, open] of dialogs) {
      await open();
      await page.locator('dialog[open]').waitFor();
      await page.waitForTimeout(300);
      violations.push(...(await checkAccessibility(page, `dialog ${name}`)));
      await page.keyboard.press('Escape');
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
    }
    expect(violations).toEqual([]);
  });

  it('remembers the document opened with "Buka": a reload shows it again', async () => {
    const { page } = wb;
    const path = (await page.locator('.doc-title').getAttribute('title')) as string;
    // A new document from the template becomes the latest; then the workbook's document is opened again.
    await page.getByRole('button', { name: 'Baru', exact: true }).click();
    await page.getByTestId('new-dialog').getByRole('button', { name: 'Buat', exact: true }).click();
    await page.locator('.doc-title').filter({ hasNotText: 'lke-zi-2021-filled' }).waitFor();
    await page.getByRole('button', { name: 'Buka', exact: true }).click();
    await page.getByTestId('open-path').fill(path);
    await page.getByTestId('open-dialog').getByRole('button', { name: 'Buka', exact: true }).click();
    await expectTotal(page, '95,58');
    await page.reload();
    await expectTotal(page, '95,58');
    expect(await page.locator('.doc-title').getAttribute('title')).toBe(path);
  });
});

/** The column's cell (header, or the row's cell) lies wholly inside the grid's visible area. */
async function fullyInGrid(page: Page, colId: string, rowId?: string): Promise<void> {
  const target = rowId
    ? cell(page, rowId, colId)
    : page.locator(`.ag-header-cell[col-id="${colId}"]`).first();
  const box = await target.boundingBox();
  const grid = await page.getByTestId('indicator-grid').boundingBox();
  if (!box || !grid) throw new Error(`${colId} is not on screen`);
  expect(box.x, `${colId} starts inside the grid`).toBeGreaterThanOrEqual(grid.x);
  expect(box.x + box.width, `${colId} ends inside the grid`).toBeLessThanOrEqual(grid.x + grid.width + 1);
  expect(box.y + box.height).toBeLessThanOrEqual(768);
}

/** Waits until the grid draws the cell inside the range (the grid redraws a frame after the key). */
async function inRange(page: Page, rowId: string, colId: string): Promise<void> {
  await page.locator(`.ag-row[row-id="${rowId}"] .cell-selected[col-id="${colId}"]`).waitFor();
}

/**
 * Clicks a cell and waits until the grid draws it as the whole selection: a range left by the step before
 * (the drag at the end of the previous test) must not count as the click's.
 */
async function selectOnly(page: Page, rowId: string, colId: string): Promise<void> {
  await cell(page, rowId, colId).click();
  await page
    .waitForFunction(
      ([row, col]) => {
        const cells = [...document.querySelectorAll('.cell-selected')];
        return (
          cells.length === 1 &&
          cells[0]!.getAttribute('col-id') === col &&
          cells[0]!.closest('.ag-row')?.getAttribute('row-id') === row
        );
      },
      [rowId, colId],
      { timeout: 5000 },
    )
    .catch(async (e) => {
      const seen = await page.evaluate(() =>
        [...document.querySelectorAll('.cell-selected')].map(
          (c) => `${c.closest('.ag-row')?.getAttribute('row-id')}/${c.getAttribute('col-id')}/${c.className}`,
        ),
      );
      throw new Error(
        `${rowId} ${colId} is not the whole selection; drawn selected: ${JSON.stringify(seen)} (${String(e)})`,
      );
    });
}

/** Shift+↓, seen drawn before the next key, as a person sees it before pressing on. */
async function extendDown(page: Page, rowId: string, colId: string): Promise<void> {
  await page.keyboard.press('Shift+ArrowDown');
  await inRange(page, rowId, colId);
}

async function selectedRows(page: Page): Promise<string[]> {
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('.cell-selected')].map(
      (c) => c.closest('.ag-row')?.getAttribute('row-id') ?? '',
    ),
  );
  return [...new Set(ids)];
}

/** What Ctrl+C put on the clipboard. */
async function copied(page: Page): Promise<string> {
  await page.keyboard.press('Control+c');
  return page.evaluate(() => navigator.clipboard.readText());
}

async function headerWidth(page: Page, colId: string): Promise<number> {
  return Math.round((await page.locator(`.ag-header-cell[col-id="${colId}"]`).boundingBox())?.width ?? 0);
}
