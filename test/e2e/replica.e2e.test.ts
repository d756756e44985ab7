import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganisationServer } from '../../service/api/server';
import { createDocument } from '../../service/documents/create-document';
import { DocumentSession } from '../../service/documents/document-session';
import type { AnswerRecord } from '../../shared/records/answer-record';
import { indexTemplate } from '../../shared/template/template-index';
import { Browser as ServerBrowser } from '../server/support/http-client';
import type { Cluster } from '../server/support/postgres-cluster';
import { startCluster } from '../server/support/postgres-cluster';
import { zi } from '../server/support/engines';
import { rbw, serve } from '../server/support/rbw-process';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser';
import type { Workbench } from './support/workbench';
import { cellShows, screenshot, startWorkbench } from './support/workbench';

const index = indexTemplate(zi);
const [A, B] = [...index.answerables.keys()] as [string, string];
const folder = mkdtempSync(join(tmpdir(), 'rbw-e2e-replica-'));
const laptop = join(folder, 'laptop.rbw');
const cloneData = join(folder, 'data');

describe('browser mode on a replica: edit offline, sync, choose a side of a conflict', () => {
  let cluster: Cluster;
  let server: Awaited<ReturnType<typeof serve>>;
  let koord: ServerBrowser;
  let documentId: string;
  let wb: Workbench;
  // The coordinator's window on the server, open on the document while the laptop syncs.
  let office: Browser;
  let officePage: Page;

  beforeAll(async () => {
    cluster = await startCluster();
    const url = cluster.newDatabase('replica_e2e');
    const path = join(folder, 'unit.rbw');
    await createDocument(path, { template: zi, author: 'koord' });
    const org = OrganisationServer.open(url);
    await org.addUser({
      login: 'koord',
      password: 'rahasia',
      role: 'coordinator',
      pokja: null,
      organisation: 'Org',
    });
    documentId = await org.push(path, 'Org');
    org.close();
    server = await serve(['--db', url, '--port', '0']);
    koord = new ServerBrowser(server.url);
    expect((await koord.login('koord', 'rahasia')).status).toBe(200);
    mkdirSync(cloneData, { recursive: true });
    process.env.RBW_DATA_DIR = cloneData;
    const cloned = await rbw(
      ['clone', server.url, '--document', documentId, '--login', 'koord', '--out', laptop],
      'rahasia\n',
    );
    expect(cloned.code, cloned.err).toBe(0);
    // Offline on the laptop; meanwhile at the office the same note differently, and another one.
    expect((await rbw(['set', laptop, A, '--note', 'catatan laptop'])).code).toBe(0);
    for (const [itemId, value] of [
      [A, 'catatan kantor'],
      [B, 'dari kantor'],
    ])
      expect((await koord.call('records.set', { documentId, itemId, field: 'note', value })).body.ok).toBe(
        true,
      );
    wb = await startWorkbench(laptop);
    // The session rbw clone kept, in this workbench's folder.
    copyFileSync(join(cloneData, 'replica-tokens.json'), join(wb.dataDir, 'replica-tokens.json'));
    office = await launchBrowser();
    officePage = await openPage(office, server.url);
    await officePage.getByTestId('sign-in-login').fill('koord');
    await officePage.getByTestId('sign-in-password').fill('rahasia');
    await officePage.getByTestId('sign-in-submit').click();
    await officePage.getByTestId('server-document-unit.rbw').getByRole('button').click();
    await officePage.getByTestId(`tree-${index.parent.get(A)?.id ?? 'ROOT'}`).click();
    await cellShows(officePage, A, 'note', 'catatan kantor');
  }, 180_000);

  afterAll(async () => {
    await office?.close();
    await wb?.close();
    await server?.stop();
    cluster?.stop();
  });

  it('shows the changes waiting, syncs, and settles the conflict in the merge dialog', async () => {
    const { page } = wb;
    await expect
      .poll(() => page.getByTestId('replica-pending').textContent())
      .toBe('1 perubahan belum dikirim');
    await expect
      .poll(() => page.getByTestId('replica-synced').textContent())
      .toBe('sinkron terakhir: belum pernah');
    await screenshot(page, 'replica-pending');
    await page.getByTestId('replica-sync').click();
    const row = page.getByTestId(`conflict-${A}-note`);
    await row.waitFor();
    expect(await row.textContent()).toContain('catatan laptop');
    expect(await row.textContent()).toContain('catatan kantor');
    await screenshot(page, 'replica-conflict');
    // Nothing written on the server while the conflict waits.
    const before = await koord.call('documents.view', { documentId });
    expect((before.body.value.records as Record<string, AnswerRecord>)[A]?.note).toBe('catatan kantor');
    await page.getByRole('radio', { name: `${A}: pakai nilai dokumen` }).check();
    await page.getByTestId('merge-apply').click();
    await expect
      .poll(() => page.getByTestId('replica-pending').textContent())
      .toBe('0 perubahan belum dikirim');
    expect(await page.getByTestId('replica-synced').textContent()).not.toContain('belum pernah');
    await screenshot(page, 'replica-synced');
    const after = await koord.call('documents.view', { documentId });
    const records = after.body.value.records as Record<string, AnswerRecord>;
    expect(records[A]?.note).toBe('catatan laptop');
    // The coordinator's window on the server shows the laptop's note without being touched.
    await cellShows(officePage, A, 'note', 'catatan laptop');
    await screenshot(officePage, 'replica-office-window-after-sync');
    // The office's other note came to the laptop.
    const session = await DocumentSession.open(laptop);
    try {
      expect(session.records.get(B)?.note).toBe('dari kantor');
      expect(session.records.get(A)?.note).toBe('catatan laptop');
    } finally {
      session.close();
    }
  });
});
