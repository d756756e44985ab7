import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganisationServer } from '../../service/api/server';
import { createDocument } from '../../service/documents/create-document';
import type { AnswerRecord } from '../../shared/records/answer-record';
import { indexTemplate } from '../../shared/template/template-index';
import { Browser as ServerBrowser } from '../server/support/http-client';
import type { Cluster } from '../server/support/postgres-cluster';
import { startCluster } from '../server/support/postgres-cluster';
import { zi } from '../server/support/engines';
import { serve } from '../server/support/rbw-process';
import type { Workbench } from './support/workbench';
import { cell, screenshot, startWorkbench } from './support/workbench';

const [A, B] = [...indexTemplate(zi).answerables.keys()] as [string, string];
const folder = mkdtempSync(join(tmpdir(), 'rbw-e2e-replica-window-'));

/** Types a note into a question's Catatan cell, as a user does. */
async function typeNote(page: Page, itemId: string, text: string): Promise<void> {
  await cell(page, itemId, 'note').dblclick();
  await page.locator('.ag-popup-editor textarea').waitFor();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Tab');
}

describe('"Ambil dari server" in the window, and the sync on its own when the server is back', () => {
  let cluster: Cluster;
  let databaseUrl: string;
  let server: Awaited<ReturnType<typeof serve>>;
  let koord: ServerBrowser;
  let documentId: string;
  let wb: Workbench;

  const onServer = async (): Promise<Record<string, AnswerRecord>> => {
    const view = await koord.call('documents.view', { documentId });
    expect(view.body.ok).toBe(true);
    return view.body.value.records as Record<string, AnswerRecord>;
  };

  beforeAll(async () => {
    cluster = await startCluster();
    databaseUrl = cluster.newDatabase('replica_window_e2e');
    const path = join(folder, 'unit.rbw');
    await createDocument(path, {
      template: zi,
      author: 'koord',
      metadata: { unit: 'Dinas Uji', year: 2026 },
    });
    const org = OrganisationServer.open(databaseUrl);
    await org.addUser({
      login: 'koord',
      password: 'rahasia',
      role: 'coordinator',
      pokja: null,
      organisation: 'Org',
    });
    documentId = await org.push(path, 'Org');
    org.close();
    server = await serve(['--db', databaseUrl, '--port', '0']);
    koord = new ServerBrowser(server.url);
    expect((await koord.login('koord', 'rahasia')).status).toBe(200);
    wb = await startWorkbench(null);
  }, 180_000);

  afterAll(async () => {
    await wb?.close();
    await server?.stop();
    cluster?.stop();
  });

  it('takes a replica through the dialog: a wrong password in one line, then the list, then the document opens', async () => {
    const { page } = wb;
    await page.getByTestId('welcome-clone').click();
    const dialog = page.getByTestId('clone-dialog');
    await dialog.waitFor();
    await page.getByTestId('clone-server').fill(server.url);
    await page.getByTestId('clone-login').fill('koord');
    await page.getByTestId('clone-password').fill('salah');
    await page.getByTestId('clone-list').click();
    const error = page.getByTestId('clone-error');
    await error.waitFor();
    expect((await error.textContent())?.split('\n')).toHaveLength(1);
    expect(await error.textContent()).toContain(server.url);
    await screenshot(page, 'replica-window-wrong-password');
    await page.getByTestId('clone-password').fill('rahasia');
    // A document the server does not have, typed by its id: one line, nothing opened.
    await page.getByTestId('clone-document-id').fill('tidak-ada');
    await page.getByTestId('clone-take').click();
    await expect
      .poll(() => error.textContent())
      .toBe(`dokumen tidak ada di server ${server.url} atau tidak boleh Anda buka`);
    // A server nobody answers at.
    await page.getByTestId('clone-server').fill('http://127.0.0.1:9');
    await page.getByTestId('clone-list').click();
    await expect
      .poll(() => error.textContent())
      .toBe('server http://127.0.0.1:9 tidak terjangkau; perubahan tetap di laptop, coba sinkron lagi nanti');
    await page.getByTestId('clone-server').fill(server.url);
    await page.getByTestId('clone-document-id').fill('');
    await page.getByTestId('clone-list').click();
    const choice = page.getByTestId('clone-document');
    await choice.waitFor();
    expect(await choice.locator('option').allTextContents()).toEqual([expect.stringContaining('Dinas Uji')]);
    await expect.poll(() => error.count()).toBe(0);
    await screenshot(page, 'replica-window-clone-dialog');
    await page.getByTestId('clone-take').click();
    await expect
      .poll(() => page.getByTestId('replica-pending').textContent(), { timeout: 30_000 })
      .toBe('0 perubahan belum dikirim');
    expect(await dialog.count()).toBe(0);
    // Named as the document is on the server (pushed from unit.rbw), in the workbench's folder.
    expect(await page.locator('.doc-name b').textContent()).toBe('unit.rbw');
    expect(await page.locator('.doc-title').getAttribute('title')).toBe(
      join(wb.dataDir, 'documents', 'unit.rbw'),
    );
    await cell(page, A, 'note').waitFor();
  });

  it('sends an edit with "Sinkronkan"', async () => {
    const { page } = wb;
    await typeNote(page, A, 'dari laptop');
    await expect
      .poll(() => page.getByTestId('replica-pending').textContent())
      .toBe('1 perubahan belum dikirim');
    await page.getByTestId('replica-sync').click();
    await expect
      .poll(() => page.getByTestId('replica-pending').textContent())
      .toBe('0 perubahan belum dikirim');
    expect((await onServer())[A]?.note).toBe('dari laptop');
  });

  it('syncs on its own when the server can be reached again', async () => {
    const { page } = wb;
    const port = new URL(server.url).port;
    await server.stop();
    await typeNote(page, B, 'ditulis saat server mati');
    await expect
      .poll(() => page.getByTestId('replica-pending').textContent())
      .toBe('1 perubahan belum dikirim');
    await page.getByTestId('replica-sync').click();
    await expect
      .poll(() => page.getByTestId('replica-auto').textContent())
      .toBe('server tidak terjangkau; disinkronkan otomatis saat tersambung lagi');
    expect(await page.getByTestId('replica-pending').textContent()).toBe('1 perubahan belum dikirim');
    await screenshot(page, 'replica-window-unreachable');
    // The server comes back on the same address; the laptop's connection drops and returns.
    server = await serve(['--db', databaseUrl, '--port', port]);
    await page.context().setOffline(true);
    await page.context().setOffline(false);
    // No click: the window syncs by itself.
    await expect
      .poll(() => page.getByTestId('replica-pending').textContent(), { timeout: 45_000 })
      .toBe('0 perubahan belum dikirim');
    expect(await page.getByTestId('replica-auto').textContent()).toMatch(/^disinkronkan otomatis /);
    await screenshot(page, 'replica-window-auto-synced');
    const records = await onServer();
    expect(records[B]?.note).toBe('ditulis saat server mati');
    expect(records[A]?.note).toBe('dari laptop');
  }, 90_000);

  it('tries again on its own half a minute after the server could not be reached', async () => {
    const { page } = wb;
    const port = new URL(server.url).port;
    await server.stop();
    await typeNote(page, A, 'dicoba lagi sendiri');
    await expect
      .poll(() => page.getByTestId('replica-pending').textContent())
      .toBe('1 perubahan belum dikirim');
    await page.getByTestId('replica-sync').click();
    await expect
      .poll(() => page.getByTestId('replica-auto').textContent())
      .toBe('server tidak terjangkau; disinkronkan otomatis saat tersambung lagi');
    // Back on the same address, and no "online" event this time: the retry alone sends the change.
    server = await serve(['--db', databaseUrl, '--port', port]);
    await expect
      .poll(() => page.getByTestId('replica-pending').textContent(), { timeout: 60_000, interval: 1_000 })
      .toBe('0 perubahan belum dikirim');
    expect((await onServer())[A]?.note).toBe('dicoba lagi sendiri');
  }, 90_000);
});
