import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganisationServer } from '../../service/api/server';
import { addAttachment } from '../../service/documents/attachments';
import { DocumentSession } from '../../service/documents/document-session';
import type { AnswerRecord } from '../../shared/records/answer-record';
import { RECORD_FIELDS } from '../../shared/records/answer-record';
import { recordOf } from '../../shared/records/apply-changes';
import { indexTemplate } from '../../shared/template/template-index';
import { createDocument } from '../../service/documents/create-document';
import { Browser } from './support/http-client';
import type { Cluster } from './support/postgres-cluster';
import { startCluster } from './support/postgres-cluster';
import { zi } from './support/engines';
import { rbw, serve } from './support/rbw-process';

let cluster: Cluster;
let server: Awaited<ReturnType<typeof serve>>;
let documentId: string;
let folder: string;
let koord: Browser;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'rbw-replica-'));
  process.env.RBW_DATA_DIR = join(folder, 'data');
  cluster = await startCluster();
  const url = cluster.newDatabase('replica');
  const path = join(folder, 'unit.rbw');
  await createDocument(path, { template: zi, author: 'koord' });
  const org = OrganisationServer.open(url);
  const add = (login: string, role: 'coordinator' | 'pokja' | 'viewer', pokja: string | null = null) =>
    org.addUser({ login, password: 'rahasia', role, pokja, organisation: 'Org' });
  await add('koord', 'coordinator');
  await add('ani', 'pokja', 'Pokja 1');
  await add('tamu', 'viewer');
  documentId = await org.push(path, 'Org');
  expect(org.assign('ani', documentId)).toBeNull();
  org.close();
  server = await serve(['--db', url, '--port', '0']);
  koord = new Browser(server.url);
  expect((await koord.login('koord', 'rahasia')).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await server?.stop();
  cluster?.stop();
});

const clone = (login: string, out: string) =>
  rbw(['clone', server.url, '--document', documentId, '--login', login, '--out', out], 'rahasia\n');

const [A, B, C, D] = [...indexTemplate(zi).answerables.keys()] as [string, string, string, string];

async function serverRecords(): Promise<Map<string, AnswerRecord>> {
  const view = await koord.call('documents.view', { documentId });
  expect(view.status).toBe(200);
  return new Map(Object.entries(view.body.value.records as Record<string, AnswerRecord>));
}

async function replicaRecords(path: string): Promise<Map<string, AnswerRecord>> {
  const session = await DocumentSession.open(path);
  try {
    return session.records;
  } finally {
    session.close();
  }
}

/** Both sides hold the same value in every field of every item. */
async function expectEqual(path: string): Promise<void> {
  const [ours, theirs] = [await replicaRecords(path), await serverRecords()];
  for (const itemId of new Set([...ours.keys(), ...theirs.keys()]))
    for (const field of RECORD_FIELDS)
      expect(recordOf(ours, itemId)[field], `${itemId} ${field}`).toEqual(recordOf(theirs, itemId)[field]);
}

const setOnServer = async (itemId: string, field: string, value: unknown) => {
  const set = await koord.call('records.set', { documentId, itemId, field, value });
  expect(set.body.ok, JSON.stringify(set.body)).toBe(true);
};

describe('a laptop replica of a server document', () => {
  it('clones with the token kept in the data folder (0600), never in the document', async () => {
    const out = join(folder, 'laptop-a.rbw');
    const done = await clone('koord', out);
    expect(done.code, done.err).toBe(0);
    const tokens = join(process.env.RBW_DATA_DIR as string, 'replica-tokens.json');
    expect(statSync(tokens).mode & 0o777).toBe(0o600);
    const { token } = Object.values(
      JSON.parse(readFileSync(tokens, 'utf8')) as Record<string, { token: string }>,
    )[0]!;
    expect(readFileSync(out).includes(Buffer.from(token))).toBe(false);
    const db = new Database(out, { readonly: true });
    const row = db.prepare('SELECT server, document_id, login FROM replica').get();
    db.close();
    expect(row).toEqual({ server: server.url, document_id: documentId, login: 'koord' });
  });

  it("sends offline edits, takes the others', and ends equal to the server field by field", async () => {
    const laptop = join(folder, 'laptop-b.rbw');
    expect((await clone('koord', laptop)).code).toBe(0);
    expect((await rbw(['set', laptop, A, '--note', 'dari laptop'])).code).toBe(0);
    expect((await rbw(['set', laptop, B, '--status', 'proses'])).code).toBe(0);
    await setOnServer(C, 'note', 'dari kantor');
    const synced = await rbw(['sync', laptop, '--json']);
    expect(synced.code, synced.err).toBe(0);
    const outcome = JSON.parse(synced.lines.join('\n'));
    expect(outcome).toMatchObject({ status: 'done', sent: 2, taken: 2, pulled: 1 });
    const server = await serverRecords();
    expect(server.get(A)?.note).toBe('dari laptop');
    expect(server.get(B)?.status).toBe('proses');
    expect((await replicaRecords(laptop)).get(C)?.note).toBe('dari kantor');
    await expectEqual(laptop);
    // Nothing left: a second sync sends and takes nothing.
    const again = JSON.parse((await rbw(['sync', laptop, '--json'])).lines.join('\n'));
    expect(again).toMatchObject({ status: 'done', sent: 0, taken: 0, pulled: 0 });
    // rbw show still works on the replica.
    const show = await rbw(['show', laptop, C]);
    expect(show.code).toBe(0);
    expect(show.lines.join('\n')).toContain('dari kantor');
  });

  it('a field changed on both sides differently is a conflict: nothing written until a side is chosen', async () => {
    const laptop = join(folder, 'laptop-c.rbw');
    expect((await clone('koord', laptop)).code).toBe(0);
    expect((await rbw(['set', laptop, D, '--note', 'versi laptop'])).code).toBe(0);
    expect((await rbw(['set', laptop, A, '--note', 'catatan laptop lain'])).code).toBe(0);
    await setOnServer(D, 'note', 'versi kantor');
    const first = await rbw(['sync', laptop]);
    expect(first.code).toBe(3);
    expect(first.lines).toHaveLength(1);
    expect(first.lines[0]).toMatch(new RegExp(`^${D.replace(/\./g, '\\.')} `));
    expect(first.lines[0]).toContain('versi laptop');
    expect(first.lines[0]).toContain('versi kantor');
    // Nothing written on either side: the other change waits too.
    expect((await serverRecords()).get(A)?.note).toBe('dari laptop');
    expect((await replicaRecords(laptop)).get(D)?.note).toBe('versi laptop');
    const mine = await rbw(['sync', laptop, '--take', 'mine']);
    expect(mine.code, mine.err).toBe(0);
    expect((await serverRecords()).get(D)?.note).toBe('versi laptop');
    expect((await serverRecords()).get(A)?.note).toBe('catatan laptop lain');
    await expectEqual(laptop);
    // The other way: the server's value kept, the laptop takes it.
    expect((await rbw(['set', laptop, D, '--note', 'laptop lagi'])).code).toBe(0);
    await setOnServer(D, 'note', 'kantor lagi');
    expect((await rbw(['sync', laptop])).code).toBe(3);
    const theirs = await rbw(['sync', laptop, '--take', 'theirs']);
    expect(theirs.code, theirs.err).toBe(0);
    expect((await serverRecords()).get(D)?.note).toBe('kantor lagi');
    await expectEqual(laptop);
  });

  it("a pokja member's replica is refused, field by field with the reason, outside the pokja's areas", async () => {
    await setOnServer(A, 'pokja', 'Pokja 1');
    const laptop = join(folder, 'laptop-ani.rbw');
    expect((await clone('ani', laptop)).code).toBe(0);
    const outside = [...indexTemplate(zi).answerables.keys()].at(-1) as string;
    expect((await rbw(['set', laptop, A, '--note', 'ani menulis'])).code).toBe(0);
    expect((await rbw(['set', laptop, outside, '--note', 'bukan area ani'])).code).toBe(0);
    expect((await rbw(['set', laptop, A, '--pokja', 'Pokja 9'])).code).toBe(0);
    const synced = await rbw(['sync', laptop, '--json']);
    expect(synced.code, synced.err).toBe(0);
    const outcome = JSON.parse(synced.lines.join('\n'));
    expect(outcome.refused).toEqual([
      { itemId: outside, field: 'note', reason: `${outside} is not in an area of Pokja 1` },
      { itemId: A, field: 'pokja', reason: `a pokja member may not write pokja of ${A}` },
    ]);
    const server = await serverRecords();
    expect(server.get(A)?.note).toBe('ani menulis');
    expect(server.get(A)?.pokja).toBe('Pokja 1');
    expect(server.get(outside)?.note ?? null).toBeNull();
    // The replica is back to what the server holds.
    await expectEqual(laptop);
  });

  it('an unknown document or a wrong password clones nothing', async () => {
    const org = await rbw(
      [
        'clone',
        server.url,
        '--document',
        '00000000-0000-4000-8000-000000000000',
        '--login',
        'ani',
        '--out',
        join(folder, 'x.rbw'),
      ],
      'rahasia\n',
    );
    expect(org.code).toBe(1);
    const wrong = await rbw(
      ['clone', server.url, '--document', documentId, '--login', 'ani', '--out', join(folder, 'y.rbw')],
      'salah\n',
    );
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('wrong login or password');
  });

  it('attachments travel with the evidence that points at them', async () => {
    const laptop = join(folder, 'laptop-files.rbw');
    expect((await clone('koord', laptop)).code).toBe(0);
    const bytes = Buffer.from('%PDF-1.4 SK Tim Kerja RB');
    const added = await koord.call('attachments.add', {
      documentId,
      itemId: B,
      fileName: 'sk-tim.pdf',
      mediaType: 'application/pdf',
      contentBase64: bytes.toString('base64'),
    });
    expect(added.body.ok, JSON.stringify(added.body)).toBe(true);
    expect((await rbw(['sync', laptop])).code).toBe(0);
    const session = await DocumentSession.open(laptop);
    try {
      const piece = session.records.get(B)?.evidence.find((e) => e.attachment);
      expect(piece?.attachment?.fileName).toBe('sk-tim.pdf');
      const stored = session.store.read((db) => db.files.attachment(piece?.attachment?.id as string));
      expect(stored?.bytes.equals(bytes)).toBe(true);
    } finally {
      session.close();
    }
  });

  it('a file attached on the laptop reaches the server with the evidence', async () => {
    const laptop = join(folder, 'laptop-upload.rbw');
    expect((await clone('koord', laptop)).code).toBe(0);
    const bytes = Buffer.from('%PDF-1.4 Laporan monitoring triwulan II');
    const session = await DocumentSession.open(laptop);
    try {
      addAttachment(
        session,
        { itemId: C, fileName: 'monev-tw2.pdf', mediaType: 'application/pdf', bytes },
        'ani',
      );
    } finally {
      session.close();
    }
    const synced = await rbw(['sync', laptop]);
    expect(synced.code, synced.err).toBe(0);
    const piece = (await serverRecords())
      .get(C)
      ?.evidence.find((e) => e.attachment?.fileName === 'monev-tw2.pdf');
    expect(piece?.attachment).toBeDefined();
    const file = await koord.call('attachments.get', {
      documentId,
      attachmentId: piece?.attachment?.id as string,
    });
    expect(file.body.ok, JSON.stringify(file.body)).toBe(true);
    expect(Buffer.from(file.body.value.contentBase64, 'base64').equals(bytes)).toBe(true);
  });

  it('an ended session is signed in again with the password on standard input, the work kept', async () => {
    const laptop = join(folder, 'laptop-session.rbw');
    expect((await clone('koord', laptop)).code).toBe(0);
    expect((await rbw(['set', laptop, D, '--note', 'ditulis saat sesi habis'])).code).toBe(0);
    const tokens = join(process.env.RBW_DATA_DIR as string, 'replica-tokens.json');
    const ended = { token: 'sudah-kedaluwarsa', csrf: 'x' };
    writeFileSync(tokens, JSON.stringify({ [`koord@${server.url}`]: ended }), { mode: 0o600 });
    const refused = await rbw(['sync', laptop]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('sign in again: echo PASSWORD | rbw sync');
    const again = await rbw(['sync', laptop], 'rahasia\n');
    expect(again.code, again.err).toBe(0);
    expect((await serverRecords()).get(D)?.note).toBe('ditulis saat sesi habis');
  });
});
