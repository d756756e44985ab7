import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganisationServer } from '../../service/api/server';
import { createDocument } from '../../service/documents/create-document';
import type { SyncClient } from '../../service/documents/postgres/sync-client';
import { Browser } from './support/http-client';
import { zi } from './support/engines';
import type { Cluster } from './support/postgres-cluster';
import { startCluster } from './support/postgres-cluster';
import { rbw, serve } from './support/rbw-process';

const ORG = 'Kab. Contoh';
const folder = mkdtempSync(join(tmpdir(), 'rbw-portfolio-'));
// Dinas A's Pokja 1 works on Manajemen Perubahan (A.I.1).
const POKJA_1 = ['A.I.1.i.a', 'A.I.1.i.b'];

let cluster: Cluster;
let server: { url: string; stop: () => Promise<void> };
let accounts: OrganisationServer;
const ids = new Map<string, string>();

/** A document file with the answers given, as an OPD would upload it. */
async function unitFile(name: string, unit: string, answers: Record<string, string>): Promise<string> {
  const path = join(folder, `${name}.rbw`);
  const records = new Map<string, { pokja?: string; answer?: string }>();
  for (const id of POKJA_1) records.set(id, { pokja: 'Pokja 1' });
  for (const [id, answer] of Object.entries(answers)) records.set(id, { ...records.get(id), answer });
  await createDocument(path, { template: zi, records, metadata: { unit, year: 2026 } });
  return path;
}

/** What `rbw score` says of a document file (the reference the portfolio must agree with). */
async function scoreOf(path: string): Promise<{ total: number; category: string; answered: number }> {
  const scored = await rbw(['score', path, '--json']);
  expect(scored.code, scored.err).toBe(0);
  return JSON.parse(scored.lines.join('\n'));
}

async function signedIn(login: string): Promise<Browser> {
  const browser = new Browser(server.url);
  expect((await browser.login(login, `rahasia-${login}`)).status).toBe(200);
  return browser;
}

type Unit = {
  documentId: string;
  unit: string;
  total: number;
  category: string | null;
  totalError: string | null;
  answered: number;
};
const listed = async (browser: Browser): Promise<Unit[]> => {
  const reply = await browser.post('/server/portfolio', {});
  expect(reply.status).toBe(200);
  return reply.body.value;
};

beforeAll(async () => {
  cluster = await startCluster();
  const url = cluster.newDatabase('portofolio');
  server = await serve(['--db', url]);
  const files: [string, string, string, Record<string, string>][] = [
    ['dinas-a', 'Dinas A', ORG, { 'A.I.1.i.a': 'Ya' }],
    ['dinas-b', 'Dinas B', ORG, { 'A.I.1.i.a': 'Tidak', 'A.I.1.ii.a': 'Ya' }],
    ['dinas-c', 'Dinas C', ORG, {}],
    ['dinas-lain', 'Dinas Lain', 'Kota Lain', { 'A.I.1.i.a': 'Ya' }],
  ];
  for (const [name, unit, organisation, answers] of files) {
    const pushed = await rbw([
      'push',
      await unitFile(name, unit, answers),
      '--org',
      organisation,
      '--db',
      url,
    ]);
    expect(pushed.code, pushed.err).toBe(0);
    ids.set(unit, pushed.lines.at(-1) as string);
  }
  accounts = OrganisationServer.open(url);
  const add = (login: string, role: 'coordinator' | 'pokja', pokja: string | null, organisation = ORG) =>
    accounts.addUser({ login, password: `rahasia-${login}`, role, pokja, organisation });
  await add('koord', 'coordinator', null);
  await add('lain', 'coordinator', null, 'Kota Lain');
  await add('ani', 'pokja', 'Pokja 1');
  expect(accounts.assign('ani', ids.get('Dinas A') as string)).toBeNull();
}, 180_000);

afterAll(async () => {
  await server?.stop();
  accounts?.close();
  cluster?.stop();
});

describe("the coordinator's live Portofolio on the server", () => {
  it('lists every OPD of the organisation with the total `rbw score` gives, none of another organisation', async () => {
    const units = await listed(await signedIn('koord'));
    expect(units.map((u) => u.unit)).toEqual(['Dinas A', 'Dinas B', 'Dinas C']);
    for (const [unit, name] of [
      ['Dinas A', 'dinas-a'],
      ['Dinas B', 'dinas-b'],
      ['Dinas C', 'dinas-c'],
    ] as const) {
      const reference = await scoreOf(join(folder, `${name}.rbw`));
      const row = units.find((u) => u.unit === unit);
      expect(row?.total).toBeCloseTo(reference.total, 9);
      // Every unit here has sub-areas without an answer: the workbook's total would be #DIV/0!, so the
      // unit is listed as incomplete, not with a category (as the window shows it, issue 22).
      expect(row).toMatchObject({ totalError: '#DIV/0!', category: null });
    }
    // Completeness by hand: the answers each file was made with, of the template's 113 questions.
    expect(units.map((u) => [u.answered, (u as { questions?: number }).questions])).toEqual([
      [1, 113],
      [2, 113],
      [0, 113],
    ]);
    const other = await listed(await signedIn('lain'));
    expect(other.map((u) => u.unit)).toEqual(['Dinas Lain']);
  });

  it("follows a pokja member's edit: the listed total changes, pushed to the coordinator at once", async () => {
    const koord = await signedIn('koord');
    const documentId = ids.get('Dinas A') as string;
    // The coordinator's window listens to the portfolio stream (server-sent events).
    const cookie = (koord as unknown as { cookie: string }).cookie;
    const abort = new AbortController();
    const stream = await fetch(`${server.url}/server/portfolio/events`, {
      headers: { cookie },
      signal: abort.signal,
    });
    expect(stream.status).toBe(200);
    const ani = await signedIn('ani');
    const set = await ani.call('records.set', {
      documentId,
      itemId: 'A.I.1.i.b',
      field: 'answer',
      value: 'C',
    });
    expect(set.status).toBe(200);
    expect(set.body.ok).toBe(true);
    // The same edit made to a copy of the file, scored by `rbw score`.
    const reference = await scoreOf(
      await unitFile('dinas-a-edited', 'Dinas A', { 'A.I.1.i.a': 'Ya', 'A.I.1.i.b': 'C' }),
    );
    const before = await scoreOf(join(folder, 'dinas-a.rbw'));
    expect(reference.total).not.toBeCloseTo(before.total, 6);
    const pushed = await nextUnit(stream);
    abort.abort();
    expect(pushed).toMatchObject({ documentId, answered: 2, current: true });
    expect(pushed.total).toBeCloseTo(reference.total, 9);
    const row = (await listed(koord)).find((u) => u.documentId === documentId);
    expect(row?.total).toBeCloseTo(reference.total, 9);
    expect(row?.answered).toBe(2);
  });

  it("keeps a document's stored scores at its revision in the edit's own transaction", async () => {
    const documentId = ids.get('Dinas A') as string;
    const ani = await signedIn('ani');
    expect(
      (await ani.call('records.set', { documentId, itemId: 'A.I.1.i.b', field: 'answer', value: 'B' }))
        .status,
    ).toBe(200);
    const client: SyncClient = accounts.database.client;
    const [row] = client.query(
      `SELECT (m.value::jsonb ->> 'revision')::int AS stored,
         (SELECT max(id) FROM actions a WHERE a.document_id = m.document_id) AS revision
       FROM document_meta m WHERE m.document_id = $1 AND m.key = 'storedScores'`,
      [documentId],
    );
    expect(row?.stored).toBe(row?.revision);
  });

  it('counts the follow-ups past their month', async () => {
    const koord = await signedIn('koord');
    const documentId = ids.get('Dinas B') as string;
    for (const dueMonth of ['2020-01', '2999-12'])
      expect(
        (
          await koord.call('recommendations.add', {
            documentId,
            recommendation: { text: `Tindak lanjut ${dueMonth}`, dueMonth },
          })
        ).status,
      ).toBe(200);
    const units = await listed(koord);
    expect(units.map((u) => [u.unit, (u as { overdue?: number }).overdue])).toEqual([
      ['Dinas A', 0],
      ['Dinas B', 1],
      ['Dinas C', 0],
    ]);
  });
});

/** The next `unit` event of a server-sent event stream (the test's timeout bounds the wait). */
async function nextUnit(stream: Response): Promise<Unit & { current: boolean }> {
  const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('the stream ended');
    text += decoder.decode(value, { stream: true });
    const event = /event: unit\ndata: (.*)\n\n/.exec(text);
    if (event) return JSON.parse(event[1] as string);
  }
}
