import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganisationServer } from '../../service/api/server';
import { PORTAL_CALLS_PER_MINUTE } from '../../service/server/organisation-server';
import { createDocument } from '../../service/documents/create-document';
import { indexTemplate } from '../../shared/template/template-index';
import { referenceDir } from '../fixtures/workbooks/reference-models';
import { Browser } from './support/http-client';
import type { Cluster } from './support/postgres-cluster';
import { startCluster } from './support/postgres-cluster';
import { zi } from './support/engines';
import { rbw, serve } from './support/rbw-process';

const ORG = 'Kab. Contoh';
const index = indexTemplate(zi);
const inArea = (prefix: string) => [...index.answerables.keys()].filter((id) => id.startsWith(prefix));
// Pokja 1 works on Manajemen Perubahan (A.I.1), Pokja 2 on Penataan Tatalaksana (A.I.2).
const POKJA_1_ITEM = inArea('A.I.1.')[0] as string;
const POKJA_2_ITEM = inArea('A.I.2.')[0] as string;

let cluster: Cluster;
let url: string;
let server: { url: string; stop: () => Promise<void> };
let accounts: OrganisationServer;
let documentId: string;
let portalToken: string;

beforeAll(async () => {
  cluster = await startCluster();
  url = cluster.newDatabase('organisasi');
  server = await serve(['--db', url, '--host', '127.0.0.1', '--port', '0']);
  const folder = mkdtempSync(join(tmpdir(), 'rbw-serve-'));
  const path = join(folder, 'unit-a.rbw');
  const records = new Map<string, { pokja: string }>();
  for (const id of inArea('A.I.1.')) records.set(id, { pokja: 'Pokja 1' });
  for (const id of inArea('A.I.2.')) records.set(id, { pokja: 'Pokja 2' });
  await createDocument(path, {
    template: zi,
    records,
    metadata: { unit: 'Dinas Contoh', year: 2026 },
    author: 'koord',
  });
  // The interface the checks use: accounts, push and the portal token through `rbw`.
  const added = await rbw(
    ['users', 'add', 'koord', '--role', 'coordinator', '--org', ORG, '--db', url],
    'rahasia-koord\n',
  );
  expect(added.code, added.err).toBe(0);
  const pushed = await rbw(['push', path, '--org', ORG, '--db', url]);
  expect(pushed.code, pushed.err).toBe(0);
  documentId = pushed.lines.at(-1) as string;
  const token = await rbw(['portal-token', 'create', '--org', ORG, '--db', url]);
  expect(token.code, token.err).toBe(0);
  portalToken = token.lines.at(-1) as string;
  accounts = OrganisationServer.open(url);
  const add = (
    login: string,
    role: 'pokja' | 'evaluator' | 'viewer' | 'coordinator',
    pokja: string | null,
    organisation = ORG,
  ) => accounts.addUser({ login, password: `rahasia-${login}`, role, pokja, organisation });
  await add('ani', 'pokja', 'Pokja 1');
  await add('eva', 'evaluator', null);
  await add('pimpinan', 'viewer', null);
  await add('lain', 'coordinator', null, 'Kota Lain');
  await add('evi', 'evaluator', null);
  // Pokja members and evaluators work on the documents assigned to them.
  const assigned = await rbw(['users', 'assign', 'ani', documentId, '--db', url]);
  expect(assigned.code, assigned.err).toBe(0);
  expect(accounts.assign('eva', documentId)).toBeNull();
}, 180_000);

afterAll(async () => {
  await server?.stop();
  accounts?.close();
  cluster?.stop();
});

async function signedIn(login: string): Promise<Browser> {
  const browser = new Browser(server.url);
  const response = await browser.login(login, `rahasia-${login}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
  return browser;
}

/** The record of an item as the coordinator sees it now. */
async function recordOf(itemId: string) {
  const view = await (await signedIn('koord')).call('documents.view', { documentId });
  return view.body.value.records[itemId] ?? {};
}

describe('the organisation server', () => {
  it('keeps passwords only as argon2id hashes', () => {
    for (const login of ['koord', 'ani']) {
      const hash = accounts.accounts.userByLogin(login)?.password_hash ?? '';
      expect(hash).toMatch(/^\$argon2id\$/);
      expect(hash).not.toContain(`rahasia-${login}`);
    }
  });

  it('answers its health check and refuses the API without a session (401)', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const anonymous = new Browser(server.url);
    expect((await anonymous.call('documents.view', { documentId })).status).toBe(401);
  });

  it('lets a pokja member write their area, named in history and the audit log', async () => {
    const ani = await signedIn('ani');
    const set = await ani.call('records.set', {
      documentId,
      itemId: POKJA_1_ITEM,
      field: 'answer',
      value: 'Ya',
    });
    expect(set.status).toBe(200);
    expect(set.body.ok).toBe(true);
    expect((await recordOf(POKJA_1_ITEM)).answer).toBe('Ya');
    const history = await ani.call('history.list', { documentId, limit: 1 });
    expect(history.body.value.entries[0].author).toBe('ani');
    expect(accounts.accounts.auditEntries(documentId)).toContainEqual({
      operation: 'records.set',
      outcome: 'done',
      login: 'ani',
    });
  });

  it("refuses a pokja member another pokja's area or a reviewer field (403), changing nothing", async () => {
    const ani = await signedIn('ani');
    const before = await recordOf(POKJA_2_ITEM);
    const other = await ani.call('records.set', {
      documentId,
      itemId: POKJA_2_ITEM,
      field: 'answer',
      value: 'Ya',
    });
    expect(other.status).toBe(403);
    expect(other.body.problems?.[0]?.params?.message).not.toContain('\n');
    const review = await ani.call('records.set', {
      documentId,
      itemId: POKJA_1_ITEM,
      field: 'reviewerAnswer',
      value: 'Tidak',
    });
    expect(review.status).toBe(403);
    expect(await recordOf(POKJA_2_ITEM)).toEqual(before);
    expect((await recordOf(POKJA_1_ITEM)).reviewerAnswer ?? null).toBeNull();
    expect(
      accounts.accounts.auditEntries(documentId).filter((e) => e.outcome === 'refused' && e.login === 'ani'),
    ).toHaveLength(2);
  });

  it('lets an evaluator write the reviewer fields only', async () => {
    const eva = await signedIn('eva');
    const review = await eva.call('records.set', {
      documentId,
      itemId: POKJA_2_ITEM,
      field: 'reviewerNote',
      value: 'Bukti kurang',
    });
    expect(review.status).toBe(200);
    expect((await recordOf(POKJA_2_ITEM)).reviewerNote).toBe('Bukti kurang');
    const answer = await eva.call('records.set', {
      documentId,
      itemId: POKJA_2_ITEM,
      field: 'answer',
      value: 'Tidak',
    });
    expect(answer.status).toBe(403);
    expect((await recordOf(POKJA_2_ITEM)).answer ?? null).toBeNull();
  });

  it('refuses an evaluator the documents not assigned to them (403), changing nothing', async () => {
    const evi = await signedIn('evi');
    expect((await evi.call('documents.view', { documentId })).status).toBe(403);
    const review = await evi.call('records.set', {
      documentId,
      itemId: POKJA_1_ITEM,
      field: 'reviewerNote',
      value: 'x',
    });
    expect(review.status).toBe(403);
    expect((await recordOf(POKJA_1_ITEM)).reviewerNote ?? null).toBeNull();
  });

  it('lets a viewer read and write nothing', async () => {
    const viewer = await signedIn('pimpinan');
    expect((await viewer.call('documents.view', { documentId })).status).toBe(200);
    const write = await viewer.call('records.set', {
      documentId,
      itemId: POKJA_1_ITEM,
      field: 'note',
      value: 'x',
    });
    expect(write.status).toBe(403);
    expect((await viewer.call('history.undo', { documentId, steps: 1 })).status).toBe(403);
    expect((await recordOf(POKJA_1_ITEM)).note ?? null).toBeNull();
  });

  it('shows a coordinator of another organisation nothing of this one', async () => {
    const other = await signedIn('lain');
    expect((await other.call('documents.view', { documentId })).status).toBe(404);
    expect(
      (await other.call('records.set', { documentId, itemId: POKJA_1_ITEM, field: 'note', value: 'x' }))
        .status,
    ).toBe(404);
    expect((await other.post('/server/documents', {})).body.value).toEqual([]);
    expect((await recordOf(POKJA_1_ITEM)).note ?? null).toBeNull();
  });

  it('refuses a call without the CSRF token and sign-ins after repeated failures (429)', async () => {
    const ani = await signedIn('ani');
    expect(
      (
        await ani.call(
          'records.set',
          { documentId, itemId: POKJA_1_ITEM, field: 'note', value: 'x' },
          { csrf: false },
        )
      ).status,
    ).toBe(403);
    const guess = new Browser(server.url);
    for (let i = 0; i < 5; i++) expect((await guess.login('pimpinan', `salah-${i}`)).status).toBe(401);
    expect((await guess.login('pimpinan', 'rahasia-pimpinan')).status).toBe(429);
  });
});

/** The 2026 master's soal_id of a question, found by its title in the reference master. */
function soalIdOf(title: string): number | undefined {
  const master = JSON.parse(readFileSync(join(referenceDir, 'models', 'zi-2026-portalrb.json'), 'utf8'));
  const stack = [master.tree];
  while (stack.length) {
    const node = stack.pop();
    if (node.soal_id !== undefined && node.title === title) return node.soal_id;
    stack.push(...(node.children ?? []));
  }
  return undefined;
}

describe('the PortalRB API', () => {
  const get = (path: string, token?: string) =>
    fetch(`${server.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it('answers 401 without a valid token, as JSON {error, code, message}', async () => {
    for (const response of [
      await get('/pengusulan/unit-wbk'),
      await get('/pengusulan/unit-wbk', 'rbw_salah'),
    ]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({
        error: true,
        code: expect.any(String),
        message: expect.any(String),
      });
    }
  });

  it('lists the units the coordinator proposed and their answers by soal_id of the 2026 master', async () => {
    expect((await get('/pengusulan/unit-wbk', portalToken)).status).toBe(404);
    const koord = await signedIn('koord');
    expect((await koord.post('/server/propose', { documentId, kind: 'wbk', afirmasi: false })).status).toBe(
      200,
    );
    const units = await get('/pengusulan/unit-wbk', portalToken);
    expect(units.status).toBe(200);
    expect(await units.json()).toEqual({
      tahun: 2026,
      units: [{ id: documentId, nama: 'Dinas Contoh', kategori: 'WBK', afirmasi: false }],
    });
    expect((await get('/pengusulan/unit-wbbm', portalToken)).status).toBe(404);
    const answers = await get(`/lke/jawaban-unit/${documentId}`, portalToken);
    expect(answers.status).toBe(200);
    const body = await answers.json();
    expect(body).toMatchObject({ unit_id: documentId, nama_unit: 'Dinas Contoh', tahun: 2026 });
    // The reference master has 127 soal; the pokja member answered the first question 'Ya'.
    expect(body.answers).toHaveLength(127);
    const soal = soalIdOf(index.answerables.get(POKJA_1_ITEM)?.indicator.title ?? '');
    expect(body.answers.find((a: { soal_id: number }) => a.soal_id === soal)).toEqual({
      soal_id: soal,
      jawaban_unit: 'Ya',
      jawaban_tpi: null,
      catatan_unit: null,
      bukti_dukung_unit: null,
      catatan_tpi: null,
    });
  });

  it("refuses another organisation's unit (403), a malformed id (422) and an unknown one (404)", async () => {
    const other = accounts.createPortalToken('Kota Lain').token;
    expect((await get(`/lke/jawaban-unit/${documentId}`, other)).status).toBe(403);
    expect((await get('/lke/jawaban-unit/bukan-id', portalToken)).status).toBe(422);
    const unknown = await get('/lke/jawaban-unit/00000000-0000-4000-8000-000000000000', portalToken);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).code).toBe('DATA_NOT_FOUND');
  });

  it('answers 429 as JSON {error, code, message} once a token exceeds its rate, other tokens unaffected', async () => {
    const busy = accounts.createPortalToken(ORG).token;
    const calm = accounts.createPortalToken(ORG).token;
    // The limit counts calls per token and clock minute: within twice the limit plus one, a refusal
    // must come even when the calls straddle a minute boundary.
    let answered = 0;
    let refused: Response | undefined;
    for (let i = 0; i < 2 * PORTAL_CALLS_PER_MINUTE + 1 && !refused; i++) {
      const response = await get('/lke/jawaban-unit/bukan-id', busy);
      if (response.status === 429) refused = response;
      else {
        expect(response.status).toBe(422);
        answered += 1;
      }
    }
    expect(refused?.status).toBe(429);
    expect(answered).toBeGreaterThanOrEqual(PORTAL_CALLS_PER_MINUTE);
    const body = await refused?.json();
    expect(body).toEqual({ error: true, code: expect.any(String), message: expect.any(String) });
    expect(body.message).not.toContain('\n');
    expect((await get('/lke/jawaban-unit/bukan-id', calm)).status).toBe(422);
  });

  it('stops answering a revoked token', async () => {
    const created = accounts.createPortalToken(ORG);
    expect((await get('/pengusulan/unit-wbk', created.token)).status).toBe(200);
    const revoked = await rbw(['portal-token', 'revoke', String(created.id), '--db', url]);
    expect(revoked.code, revoked.err).toBe(0);
    expect((await get('/pengusulan/unit-wbk', created.token)).status).toBe(401);
  });
});
