import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAttachment, readAttachment } from '../../service/documents/attachments';
import { DocumentSession } from '../../service/documents/document-session';
import { setFields } from '../../service/documents/edit-records';
import { listHistory } from '../../service/documents/history';
import { PostgresDocumentStore } from '../../service/documents/postgres/postgres-store';
import type { ServerDatabase } from '../../service/documents/postgres/server-database';
import { SyncClient } from '../../service/documents/postgres/sync-client';
import { createSnapshot, listSnapshots, restoreSnapshot } from '../../service/documents/snapshots';
import { redo, undo } from '../../service/documents/undo-redo';
import { addRecommendation, listRecommendations } from '../../service/yearly/yearly-state';
import type { Cluster } from './support/postgres-cluster';
import { startCluster } from './support/postgres-cluster';
import type { NewSession } from './support/engines';
import { postgresSessions, sqliteSessions } from './support/engines';

let cluster: Cluster;
let server: ServerDatabase;
let url: string;
const engines: Record<string, NewSession> = {};

beforeAll(async () => {
  cluster = await startCluster();
  const postgres = postgresSessions(cluster, 'stores');
  server = postgres.server;
  url = postgres.url;
  engines.sqlite = sqliteSessions(mkdtempSync(join(tmpdir(), 'rbw-store-')));
  engines.postgres = postgres.open;
});

afterAll(() => {
  server?.close();
  cluster?.stop();
});

/** Everything a user can see of a document: records, metadata, both totals, revision and undo state. */
const state = (s: DocumentSession) =>
  JSON.stringify({
    records: [...s.records].sort(([a], [b]) => (a < b ? -1 : 1)),
    metadata: s.metadata,
    unit: s.scores.unit.total(),
    reviewer: s.scores.reviewer.total(),
    ...s.undoState(),
  });

/** One user's morning on a document: edits, undo, redo, a snapshot, a file, a recommendation. */
function morning(s: DocumentSession): void {
  setFields(s, [{ itemId: 'A.I.1.i.a', field: 'answer', value: 'Ya' }], 'ani');
  setFields(s, [{ itemId: 'A.I.1.i.b', field: 'answer', value: 'B' }], 'ani');
  setFields(s, [{ itemId: 'A.I.1.i.a', field: 'note', value: 'SK Tim No. 12/2026' }], 'budi');
  undo(s, 1, 'ani');
  redo(s, 1, 'ani');
  addAttachment(s, { itemId: 'A.I.1.ii.a', fileName: 'sk.pdf', bytes: Buffer.from('%PDF-1.4 sk') }, 'budi');
  const snapshot = createSnapshot(s, 'dikirim ke APIP', 'ani');
  setFields(s, [{ itemId: 'A.I.1.i.a', field: 'answer', value: 'Tidak' }], 'ani');
  restoreSnapshot(s, snapshot.id, 'ani');
  addRecommendation(s, { targetId: 'A.I.1.i.a', text: 'Lengkapi SK', source: 'report' }, 'evaluator');
}

describe.each(['sqlite', 'postgres'])('a document stored in %s', (engine) => {
  it('keeps what was typed, its history with revisions 1…n, undo, snapshots, files and recommendations', async () => {
    const s = await engines[engine]!(`pagi-${engine}`);
    morning(s);
    // By hand: the restore took back 'Tidak' (typed after the snapshot); the file attached before it stays.
    expect(s.records.get('A.I.1.i.a')).toMatchObject({ answer: 'Ya', note: 'SK Tim No. 12/2026' });
    expect(s.records.get('A.I.1.i.b')?.answer).toBe('B');
    const history = listHistory(s, { limit: 50 });
    // 3 edits, an undo, a redo, an attach, an edit and a restore: 8 actions, newest first.
    expect(history.entries.map((e) => e.id)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
    expect(history.entries.map((e) => e.kind)).toEqual([
      'restore',
      'edit',
      'attach',
      'redo',
      'undo',
      'edit',
      'edit',
      'edit',
    ]);
    expect(history.entries[0]?.author).toBe('ani');
    expect(listSnapshots(s).map((x) => x.name)).toEqual(['dikirim ke APIP']);
    const evidence = s.records.get('A.I.1.ii.a')?.evidence[0];
    const file = readAttachment(s, evidence?.attachment?.id ?? '');
    expect(file.bytes.toString()).toBe('%PDF-1.4 sk');
    expect(listRecommendations(s).map((r) => [r.id, r.text, r.createdBy])).toEqual([
      [1, 'Lengkapi SK', 'evaluator'],
    ]);
    // Opened again from storage alone, it is the same document.
    const again = await DocumentSession.onStore(s.path, s.store);
    expect(state(again)).toBe(state(s));
  });
});

describe('both engines', () => {
  it('give the same document, totals included, for the same actions', async () => {
    const a = await engines.sqlite!('same-a');
    const b = await engines.postgres!('same-b');
    morning(a);
    morning(b);
    expect(state(b)).toBe(state(a));
  });

  it('copy a document file into the server and back with its whole history', async () => {
    const original = await engines.sqlite!('kirim');
    morning(original);
    original.close();
    const organisation = server.organisation('Kab. Contoh');
    const id = await server.pushFile(original.path, organisation);
    const pushed = await DocumentSession.onStore('kirim.rbw', server.store(id));
    const reopened = await DocumentSession.open(original.path);
    expect(state(pushed)).toBe(state(reopened));
    expect(listHistory(pushed, { limit: 50 })).toEqual(listHistory(reopened, { limit: 50 }));
    const back = join(mkdtempSync(join(tmpdir(), 'rbw-back-')), 'kembali.rbw');
    await pushed.store.copyTo(back);
    const returned = await DocumentSession.open(back);
    expect(state(returned)).toBe(state(reopened));
    for (const s of [reopened, returned]) s.close();
  });
});

describe('a document on PostgreSQL edited through two servers', () => {
  it('serialises their writes: every edit lands, revisions have no gaps, each sees the other', async () => {
    const first = await engines.postgres!('dua-server');
    const id = (first.store as PostgresDocumentStore).documentId;
    // A second connection, as another server process on the same database would have.
    const client = new SyncClient(url);
    const second = await DocumentSession.onStore(
      'dua-server',
      new PostgresDocumentStore(client, id, 'dua-server'),
    );
    const items = ['A.I.1.i.a', 'A.I.1.ii.a', 'A.I.1.iii.a', 'A.I.1.ii.b'];
    items.forEach((itemId, i) => {
      const session = i % 2 === 0 ? first : second;
      setFields(session, [{ itemId, field: 'note', value: `catatan ${i}` }], i % 2 === 0 ? 'ani' : 'budi');
    });
    for (const s of [first, second]) {
      s.sync();
      expect(items.map((itemId) => s.records.get(itemId)?.note)).toEqual(items.map((_, i) => `catatan ${i}`));
      expect(listHistory(s, { limit: 10 }).entries.map((e) => e.id)).toEqual([4, 3, 2, 1]);
    }
    client.close();
  });
});
