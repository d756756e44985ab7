import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../service/documents/create-document';
import { indexTemplate } from '../../shared/template/template-index';
import { zi } from '../server/support/engines';
import type { Cluster } from '../server/support/postgres-cluster';
import { startCluster } from '../server/support/postgres-cluster';
import { rbw, serve } from '../server/support/rbw-process';
import { launchBrowser, openPage } from './support/browser';
import { cell, cellShows, expectTotal, screenshot } from './support/workbench';

// Two people of one organisation on one document served by `rbw serve` on a private PostgreSQL
// cluster, each in a Chromium of their own (1366×768): the coordinator and a member of Pokja 1, who
// answers the questions of Manajemen Perubahan (A.I.1). Totals by hand from the ZI 2021 LKE: a
// sub-area's value is its weight times the average of its answered questions (Ya = 1, Tidak = 0).
// A.I.1.i (weight 0,5): Ya on A.I.1.i.a alone gives 0,50; A.I.1.ii (weight 1): Ya on A.I.1.ii.a alone
// gives 1,00; together 1,50. The same total comes from `rbw score` on a file with the same answers.

const ORG = 'Kab. Contoh';
const index = indexTemplate(zi);
const pokja1 = [...index.answerables.keys()].filter((id) => id.startsWith('A.I.1.'));

let cluster: Cluster;
let server: { url: string; stop: () => Promise<void> };
let browser: Browser;
let file: string;
let koord: Page;
let ani: Page;

/** Answers a question by keyboard as a user does: the area in the tree, click the cell, type, Enter. */
async function answer(page: Page, area: string, itemId: string, key: string): Promise<void> {
  await page.getByTestId(`tree-${area}`).click();
  await cell(page, itemId, 'answer').click();
  await page.keyboard.type(key);
  await page.keyboard.press('Enter');
}

async function signIn(page: Page, login: string, password: string): Promise<void> {
  await page.getByTestId('sign-in-login').fill(login);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
}

/** Opens the document from the organisation's list. */
async function openFromList(page: Page): Promise<void> {
  await page.getByTestId('server-document-dinas-bersama.rbw').getByRole('button').click();
  await page.locator('.doc-title').filter({ hasText: 'dinas-bersama.rbw' }).waitFor();
}

beforeAll(async () => {
  cluster = await startCluster();
  const url = cluster.newDatabase('organisasi');
  server = await serve(['--db', url, '--host', '127.0.0.1', '--port', '0']);
  file = join(mkdtempSync(join(tmpdir(), 'rbw-window-')), 'dinas-bersama.rbw');
  await createDocument(file, {
    template: zi,
    records: new Map(pokja1.map((id) => [id, { pokja: 'Pokja 1' }])),
    metadata: { agency: 'Kab. Contoh', unit: 'Dinas Bersama', year: 2026 },
    author: 'koord',
  });
  for (const [login, role, pokja] of [
    ['koord', 'coordinator', null],
    ['ani', 'pokja', 'Pokja 1'],
  ] as const) {
    const args = ['users', 'add', login, '--role', role, '--org', ORG, '--db', url];
    const added = await rbw(pokja ? [...args, '--pokja', pokja] : args, `rahasia-${login}\n`);
    expect(added.code, added.err).toBe(0);
  }
  const pushed = await rbw(['push', file, '--org', ORG, '--db', url]);
  expect(pushed.code, pushed.err).toBe(0);
  const assigned = await rbw(['users', 'assign', 'ani', pushed.lines.at(-1) as string, '--db', url]);
  expect(assigned.code, assigned.err).toBe(0);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  cluster?.stop();
});

describe('the window on the organisation server', () => {
  it('asks to sign in, in Indonesian with English beside, and says a wrong password in one line', async () => {
    koord = await openPage(browser, server.url);
    const form = koord.getByTestId('sign-in');
    await form.waitFor();
    const text = (await form.textContent()) ?? '';
    expect(text).toContain('Kata sandi');
    expect(text).toContain('Password');
    expect(text).not.toContain('ui.');
    await signIn(koord, 'koord', 'salah');
    const error = koord.getByTestId('sign-in-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Nama pengguna atau kata sandi salah. / Wrong login or password.');
    await screenshot(koord, '24-01-sign-in-refused');
  });

  it("lists the organisation's documents with total and category, and opens one", async () => {
    await signIn(koord, 'koord', 'rahasia-koord');
    const row = koord.getByTestId('server-document-dinas-bersama.rbw');
    await row.waitFor();
    const shown = (await row.textContent()) ?? '';
    expect(shown).toContain('Dinas Bersama');
    expect(shown).toContain('2026');
    // Nothing answered yet: a total of 0,00.
    expect(shown).toContain('0,00');
    await screenshot(koord, '24-02-documents');
    await openFromList(koord);
    await expectTotal(koord, '0,00');

    ani = await openPage(browser, server.url);
    await signIn(ani, 'ani', 'rahasia-ani');
    await openFromList(ani);
    await expectTotal(ani, '0,00');
    // The coordinator's views are the coordinator's: a pokja member is not offered them.
    expect(await koord.getByTestId('open-portfolio').count()).toBe(1);
    expect(await ani.getByTestId('open-portfolio').count()).toBe(0);
    expect(await ani.getByTestId('open-template-editor').count()).toBe(0);
  });

  it('shows what the other user answers, with the total rbw score gives', async () => {
    await answer(ani, 'A.I.1.i', 'A.I.1.i.a', 'y');
    await expectTotal(ani, '0,50');
    // The coordinator's window follows on its own: the total, then the answer in the grid.
    await expectTotal(koord, '0,50');
    await koord.getByTestId('tree-A.I.1.i').click();
    await cellShows(koord, 'A.I.1.i.a', 'answer', 'Ya');

    await answer(koord, 'A.I.1.ii', 'A.I.1.ii.a', 'y');
    await expectTotal(koord, '1,50');
    await expectTotal(ani, '1,50');
    await ani.getByTestId('tree-A.I.1.ii').click();
    await cellShows(ani, 'A.I.1.ii.a', 'answer', 'Ya');
    await screenshot(ani, '24-03-ani-follows-koord');

    // `rbw score` on a file with the same two answers.
    for (const code of ['A.I.1.i.a', 'A.I.1.ii.a']) {
      const set = await rbw(['set', file, code, 'Ya']);
      expect(set.code, set.err).toBe(0);
    }
    const scored = await rbw(['score', file, '--json']);
    expect(scored.code, scored.err).toBe(0);
    const total = (JSON.parse(scored.lines.join('\n')) as { total: number }).total;
    expect(total).toBe(1.5);
    await expectTotal(koord, total.toFixed(2).replace('.', ','));
    await expectTotal(ani, total.toFixed(2).replace('.', ','));
  });

  it('shows a conflict to the later of two who change one field at once, and writes nothing over it', async () => {
    // Ani stops hearing of changes (her events stream held, as on a slow network), so that she does
    // not see the coordinator's answer before she gives her own.
    await ani.route('**/api/events**', () => undefined);
    await ani.reload();
    await openFromList(ani);
    await expectTotal(ani, '1,50');

    // A.I.1.iv (weight 1,5): its first question answered Ya gives 1,50 more, 3,00 in all.
    await answer(koord, 'A.I.1.iv', 'A.I.1.iv.a', 'y');
    await expectTotal(koord, '3,00');
    await answer(ani, 'A.I.1.iv', 'A.I.1.iv.a', 't');
    const dialog = ani.getByTestId('stale-edit-dialog');
    await dialog.waitFor();
    const row = dialog.getByTestId('conflict-A.I.1.iv.a-answer');
    const cells = await row.locator('td').allTextContents();
    // The field, the value Ani saw (empty), the document's value now (Ya), hers (Tidak).
    expect(cells.slice(1)).toEqual(['(kosong)', 'Ya', 'Tidak']);
    await screenshot(ani, '24-04-conflict-to-the-later');
    await dialog.getByTestId('stale-keep').click();
    await dialog.waitFor({ state: 'detached' });
    // Kept: the coordinator's Ya stands in both windows, and the total with it.
    await cellShows(ani, 'A.I.1.iv.a', 'answer', 'Ya');
    await expectTotal(ani, '3,00');
    await koord.getByTestId('tree-A.I.1.iv').click();
    await cellShows(koord, 'A.I.1.iv.a', 'answer', 'Ya');
    await expectTotal(koord, '3,00');
  });

  it('signs out to the sign-in page', async () => {
    await koord.getByTestId('header-sign-out').click();
    await koord.getByTestId('sign-in').waitFor();
    await koord.reload();
    await koord.getByTestId('sign-in').waitFor();
  });
});
