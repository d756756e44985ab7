import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../shared/records/answer-record';
import { callService } from '../../service/api/window';
import type { Workbench } from './support/workbench';
import { cell, cellShows, expectTotal, REAL_WORKBOOK, screenshot, startWorkbench } from './support/workbench';

// Nothing typed goes astray, at 1366×768 on the real ZI workbook: what is pasted lands in the cells it
// covers on screen, a limit is said when it is hit, a fast double-click chooses nothing, answering under a
// filter moves on to the next question, Enter skips headings, and focus comes back where it was.
// A.I.1.ii (weight 1) holds a Ya/Tidak question (a: Ya) and two A/B/C questions (b, c: A); B is 0,5 there,
// so B on b gives (1 + 0,5 + 1) / 3 = 0,8333 and the total 95,5762 − 0,1667 = 95,41 (by hand).

describe('keystrokes and text never go astray', () => {
  let wb: Workbench;
  /** The document's path, read once (while the page shows a dialog, the page cannot be read). */
  let path = '';

  beforeAll(async () => {
    wb = await startWorkbench(REAL_WORKBOOK);
    await expectTotal(wb.page, '95,58', 90_000);
    path = (await wb.page.locator('.doc-title').getAttribute('title')) as string;
  });
  afterAll(async () => wb?.close());

  /** The records the service holds now (the document the window shows). */
  const stored = async (): Promise<Record<string, AnswerRecord>> => {
    const context = { author: 'Uji E2E', files: wb.files };
    const opened = await callService('documents.open', { path }, context);
    if (!opened.ok) throw new Error('the document does not open');
    const view = opened.value as { records: Record<string, AnswerRecord> };
    return view.records;
  };
  const notice = (page: Page) => page.getByTestId('notice');

  it('pastes the grid’s own copy back onto itself and changes nothing (computed Nilai included)', async () => {
    const { page } = wb;
    await page.getByTestId('tree-A.I.1.ii').click();
    const before = await stored();
    // Jawaban, Nilai, Catatan and Bukti dukung of three questions, as the Pokja view shows them.
    await cell(page, 'A.I.1.ii.a', 'answer').click();
    await cell(page, 'A.I.1.ii.c', 'evidence').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Control+c');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]?.split('\t')[0]).toBe('Ya');
    expect(copied.split('\n')[0]?.split('\t')[1]).toBe('1,00');
    await paste(page, 'A.I.1.ii.a', 'answer', copied);
    await notice(page).filter({ hasText: 'Tidak ada yang berubah' }).waitFor();
    await screenshot(page, 'keys-01-copy-pasted-back');
    const after = await stored();
    for (const id of ['A.I.1.ii.a', 'A.I.1.ii.b', 'A.I.1.ii.c']) expect(after[id]).toEqual(before[id]);
    await expectTotal(page, '95,58');
  });

  it('pastes Jawaban ⇥ Nilai ⇥ Catatan where they are shown: Nilai is skipped and said so', async () => {
    const { page } = wb;
    const before = await stored();
    await cell(page, 'A.I.1.ii.b', 'answer').click();
    await paste(page, 'A.I.1.ii.b', 'answer', 'B\t0,5\tSOP pelayanan');
    await expectTotal(page, '95,41');
    await cellShows(page, 'A.I.1.ii.b', 'note', 'SOP pelayanan');
    const said = (await notice(page).textContent()) ?? '';
    expect(said).toContain('Nilai');
    expect(said).toMatch(/1 sel/);
    await screenshot(page, 'keys-02-paste-skips-nilai');
    const after = await stored();
    expect(after['A.I.1.ii.b']?.answer).toBe('B');
    expect(after['A.I.1.ii.b']?.note).toBe('SOP pelayanan');
    expect(after['A.I.1.ii.b']?.evidence).toEqual(before['A.I.1.ii.b']?.evidence);
    expect(after['A.I.1.ii.b']?.reviewerAnswer).toBe(before['A.I.1.ii.b']?.reviewerAnswer);
    await page.keyboard.press('Control+z');
    await expectTotal(page, '95,58');

    // With Nilai hidden, the same two cells of text go to Jawaban and Catatan, the columns now side by side.
    await page.getByTestId('column-chooser').click();
    await page.getByTestId('column-value').uncheck();
    await page.getByTestId('column-chooser').click();
    await page.locator('.ag-header-cell[col-id="value"]').waitFor({ state: 'detached' });
    await cell(page, 'A.I.1.ii.b', 'answer').click();
    await paste(page, 'A.I.1.ii.b', 'answer', 'B\tcatatan b');
    await expectTotal(page, '95,41');
    await cellShows(page, 'A.I.1.ii.b', 'note', 'catatan b');
    await page.keyboard.press('Control+z');
    await expectTotal(page, '95,58');
    await page.getByTestId('column-chooser').click();
    await page.getByTestId('column-value').check();
    await page.getByTestId('column-chooser').click();
    await page.locator('.ag-header-cell[col-id="value"]').waitFor();
  });

  it('keeps a long note whole up to the limit and refuses a longer one, naming the field and the limit', async () => {
    const { page } = wb;
    const sentence = 'Rapat evaluasi pembangunan zona integritas dilaksanakan setiap bulan. ';
    const fits = sentence.repeat(Math.ceil(30_000 / sentence.length)).slice(0, 30_000);
    await cell(page, 'A.I.1.ii.a', 'note').dblclick();
    await page.locator('.ag-popup-editor textarea').waitFor();
    await page.keyboard.insertText(fits);
    await page.keyboard.press('Tab');
    await page.waitForFunction(
      () =>
        (document.querySelector('.ag-row[row-id="A.I.1.ii.a"] .ag-cell[col-id="note"]')?.textContent ?? '')
          .length > 20_000,
    );
    expect((await stored())['A.I.1.ii.a']?.note).toBe(fits);

    const tooLong = sentence.repeat(Math.ceil(52_800 / sentence.length)).slice(0, 52_800);
    await cell(page, 'A.I.1.ii.a', 'note').dblclick();
    await page.locator('.ag-popup-editor textarea').waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(tooLong);
    await page.keyboard.press('Tab');
    const error = page.locator('[data-testid="notice"].error');
    await error.waitFor();
    const said = (await error.textContent()) ?? '';
    expect(said).toContain('Catatan');
    expect(said).toContain('32.767');
    expect(said).toContain('52.800');
    await screenshot(page, 'keys-03-long-note-refused');
    // Nothing was cut and stored: the note is the one before.
    expect((await stored())['A.I.1.ii.a']?.note).toBe(fits);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      () =>
        (document.querySelector('.ag-row[row-id="A.I.1.ii.a"] .ag-cell[col-id="note"]')?.textContent ?? '')
          .length < 20_000,
    );
  });

  it('changes no answer when the Jawaban column is double-clicked quickly from row to row', async () => {
    const { page } = wb;
    const before = await stored();
    const ids = ['A.I.1.ii.a', 'A.I.1.ii.b', 'A.I.1.ii.c'];
    const boxes = [];
    for (const id of ids) boxes.push(await cell(page, id, 'answer').boundingBox());
    for (const box of boxes) {
      if (!box) throw new Error('answer cell not on screen');
      await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
    }
    // The last double-click opened the last question's list.
    await page.locator('.choice-editor').waitFor();
    await screenshot(page, 'keys-04-fast-double-clicks');
    await page.keyboard.press('Escape');
    await page.locator('.choice-editor').waitFor({ state: 'detached' });
    const after = await stored();
    for (const id of ids) expect(after[id]?.answer, id).toBe(before[id]?.answer);
    await expectTotal(page, '95,58');
  });

  it('moves on to the next question after answering one that leaves the "Belum dijawab" filter', async () => {
    const { page } = wb;
    await cell(page, 'A.I.1.ii.a', 'answer').click();
    // The range is drawn from the clicked cell one row at a time, each step seen before the next key.
    const selected = (id: string) => page.locator(`.ag-row[row-id="${id}"] .cell-selected[col-id="answer"]`);
    await selected('A.I.1.ii.a').waitFor();
    await page.keyboard.press('Shift+ArrowDown');
    await selected('A.I.1.ii.b').waitFor();
    await page.keyboard.press('Shift+ArrowDown');
    await selected('A.I.1.ii.c').waitFor();
    await page.keyboard.press('Delete');
    await cellShows(page, 'A.I.1.ii.c', 'answer', '');
    await page.getByTestId('tree-ROOT').click();
    await page.getByTestId('filter-unanswered').check();
    await cell(page, 'A.I.1.ii.a', 'answer').click();
    for (const [id, key, next] of [
      ['A.I.1.ii.a', 'y', 'A.I.1.ii.b'],
      ['A.I.1.ii.b', 'a', 'A.I.1.ii.c'],
    ] as const) {
      await page.keyboard.type(key);
      await page.keyboard.press('Enter');
      await page.locator(`.ag-row[row-id="${id}"]`).waitFor({ state: 'detached' });
      // The focus is on the question that was below the one answered, not one further.
      await page.locator(`.ag-row[row-id="${next}"] .ag-cell-focus[col-id="answer"]`).waitFor();
    }
    await screenshot(page, 'keys-05-filtered-next');
    await page.keyboard.type('a');
    await page.keyboard.press('Enter');
    await page.locator('.ag-row[row-id="A.I.1.ii.c"]').waitFor({ state: 'detached' });
    const after = await stored();
    expect(['A.I.1.ii.a', 'A.I.1.ii.b', 'A.I.1.ii.c'].map((id) => after[id]?.answer)).toEqual([
      'Ya',
      'A',
      'A',
    ]);
    await page.getByTestId('filter-unanswered').uncheck();
    await expectTotal(page, '95,58');
  });

  it('skips heading rows on Enter and says why letters typed on a heading or a computed row go nowhere', async () => {
    const { page } = wb;
    await page.getByTestId('tree-A.I.1').click();
    await page.locator('.ag-row[row-id="A.I.1.i.a"]').first().waitFor();
    // A.I.1.i holds a and b (the ZI 2021 template): b is just above the heading of A.I.1.ii.
    const last = 'A.I.1.i.b';
    const shown = (await cell(page, last, 'answer').textContent()) ?? '';
    await cell(page, last, 'answer').click();
    await page.locator(`.ag-row[row-id="${last}"] .ag-cell-focus[col-id="answer"]`).waitFor();
    // At a fast typist's pace (a key held 50 ms), not all in one event-loop turn.
    await page.keyboard.type(shown, { delay: 50 });
    await page.keyboard.press('Enter');
    await page.locator('.ag-row[row-id="A.I.1.ii.a"] .ag-cell-focus[col-id="answer"]').waitFor();

    await cell(page, 'A.I.1.ii', 'answer').click();
    await page.keyboard.type('b');
    await notice(page).filter({ hasText: 'A.I.1.ii' }).waitFor();
    expect(await notice(page).textContent()).toMatch(/judul/i);
    await screenshot(page, 'keys-06-typed-on-heading');

    await page.getByTestId('tree-A.II.1').click();
    await cell(page, 'A.II.1.i.a', 'answer').click();
    await page.keyboard.type('150%');
    await notice(page).filter({ hasText: 'A.II.1.i.a' }).waitFor();
    expect(await notice(page).textContent()).toMatch(/dihitung/i);
    await expectTotal(page, '95,58');
  });

  it('keeps text typed without Enter when the page is reloaded, after warning', async () => {
    const { page } = wb;
    await page.getByTestId('tree-A.I.1.ii').click();
    await cell(page, 'A.I.1.ii.c', 'note').dblclick();
    await page.locator('.ag-popup-editor textarea').waitFor();
    await page.keyboard.type('belum ditekan Enter');
    let warned = '';
    page.once('dialog', async (dialog) => {
      warned = dialog.type();
      // While the warning is shown the typed note has been saved; the user leaves.
      for (let i = 0; i < 100; i++) {
        if ((await stored())['A.I.1.ii.c']?.note === 'belum ditekan Enter') break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await dialog.accept();
    });
    await page.reload();
    await expectTotal(page, '95,58');
    expect(warned).toBe('beforeunload');
    await page.getByTestId('tree-A.I.1.ii').click();
    await cellShows(page, 'A.I.1.ii.c', 'note', 'belum ditekan Enter');
  });

  it('puts focus in the new item on "Tambah butir" and back on the cell after "Simpan"', async () => {
    const { page } = wb;
    const scrolled = () => page.evaluate(() => document.querySelector('.ag-body-viewport')?.scrollTop ?? -1);
    await page.getByTestId('tree-ROOT').click();
    await cell(page, 'A.I.1.ii.a', 'evidence').scrollIntoViewIfNeeded();
    const top = await scrolled();
    await cell(page, 'A.I.1.ii.a', 'evidence').dblclick();
    const dialog = page.getByTestId('evidence-dialog');
    await dialog.waitFor();
    const items = await dialog.locator('ol.evidence-list > li').count();
    await page.getByTestId('evidence-add').click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      `evidence-text-${items}`,
    );
    await page.keyboard.type('Notulen rapat');
    await page.getByTestId('evidence-save').click();
    await dialog.waitFor({ state: 'detached' });
    const focusedCell = () =>
      page.evaluate(() => {
        const at = document.activeElement?.closest('.ag-cell');
        if (!at) return `not a cell: ${document.activeElement?.outerHTML.slice(0, 120)}`;
        return `${at.closest('.ag-row')?.getAttribute('row-id')} ${at.getAttribute('col-id')}`;
      });
    await page
      .waitForFunction(() => document.activeElement?.closest('.ag-cell'), null, { timeout: 5_000 })
      .catch(() => undefined);
    expect(await focusedCell()).toBe('A.I.1.ii.a evidence');
    // Still there once the saved list is in the grid.
    await cell(page, 'A.I.1.ii.a', 'evidence').filter({ hasText: 'Notulen rapat' }).waitFor();
    expect(await focusedCell()).toBe('A.I.1.ii.a evidence');
    expect(await scrolled()).toBe(top);
    await screenshot(page, 'keys-07-focus-after-save');
    // Enter on the cell opens its list again: the keyboard goes on from there.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
  });
});

/** A paste as the browser delivers it: a paste event carrying the clipboard's text on the focused cell. */
async function paste(page: Page, rowId: string, colId: string, text: string): Promise<void> {
  const focused = `.ag-row[row-id="${rowId}"] .ag-cell-focus[col-id="${colId}"]`;
  await page.locator(focused).waitFor();
  await page.evaluate(
    ([selector, clip]) => {
      const target = document.querySelector(selector as string);
      if (!target) throw new Error('no focused cell');
      const data = new DataTransfer();
      data.setData('text/plain', clip as string);
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    [focused, text],
  );
}
