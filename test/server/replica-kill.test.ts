import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OrganisationServer } from '../../service/api/server';
import { createDocument } from '../../service/documents/create-document';
import { DocumentSession } from '../../service/documents/document-session';
import type { AnswerRecord } from '../../shared/records/answer-record';
import { RECORD_FIELDS } from '../../shared/records/answer-record';
import { recordOf } from '../../shared/records/apply-changes';
import { indexTemplate } from '../../shared/template/template-index';
import { Browser } from './support/http-client';
import type { Cluster } from './support/postgres-cluster';
import { startCluster } from './support/postgres-cluster';
import { zi } from './support/engines';
import { rbw, serve } from './support/rbw-process';

const ROUNDS = 20;
const items = [...indexTemplate(zi).answerables.keys()];

let cluster: Cluster;
let url: string;
let documentId: string;
let folder: string;
let port: number;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'rbw-replica-kill-'));
  process.env.RBW_DATA_DIR = join(folder, 'data');
  cluster = await startCluster();
  url = cluster.newDatabase('replica_kill');
  const path = join(folder, 'unit.rbw');
  await createDocument(path, { template: zi, author: 'koord' });
  const org = OrganisationServer.open(url);
  for (const login of ['koord', 'kantor'])
    await org.addUser({ login, password: 'rahasia', role: 'coordinator', pokja: null, organisation: 'Org' });
  documentId = await org.push(path, 'Org');
  org.close();
  port = await freePort();
}, 120_000);

afterAll(() => cluster?.stop());

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A relay between the laptop and the server (the laptop knows only its address): it passes everything on,
 * except that when `holdNextSync` is set it keeps the server's answer to the next sync from the laptop
 * (the connection then dies with the laptop or the server), and says when the server has answered.
 */
class Relay {
  target = '';
  holdNextSync = false;
  private answered: (() => void) | undefined;
  private kept: ServerResponse | undefined;
  private readonly server = createHttpServer((request, response) => void this.pass(request, response));

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }

  /** Resolves once the server has answered the held sync (it has applied what the laptop sent). */
  held(): Promise<void> {
    return new Promise((resolve) => (this.answered = resolve));
  }

  /** The held answer's connection dies (as with the server gone). */
  dropHeld(): void {
    this.kept?.destroy();
    this.kept = undefined;
  }

  close(): void {
    this.server.closeAllConnections();
    this.server.close();
  }

  private async pass(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'cookie', 'x-csrf-token']) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    let answer: Response;
    try {
      answer = await fetch(`${this.target}${request.url}`, {
        method: request.method,
        headers,
        body: Buffer.concat(chunks),
      });
    } catch {
      response.destroy();
      return;
    }
    const body = Buffer.from(await answer.arrayBuffer());
    if (request.url === '/server/sync' && this.holdNextSync) {
      this.holdNextSync = false;
      this.kept = response;
      this.answered?.();
      return; // not answered: the laptop waits until it is killed or the connection dies
    }
    const cookie = answer.headers.get('set-cookie');
    response.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
      ...(cookie ? { 'set-cookie': cookie } : {}),
    });
    response.end(body);
  }
}

/** The replica's actions still waiting to be sent (read from the file, as the next sync will). */
function waiting(laptop: string): number {
  const db = new Database(laptop, { readonly: true });
  try {
    const { cloned } = db.prepare('SELECT cloned_revision AS cloned FROM replica').get() as {
      cloned: number;
    };
    const row = db
      .prepare(
        'SELECT count(*) AS n FROM actions WHERE id > ? AND id NOT IN (SELECT action_id FROM replica_actions)',
      )
      .get(cloned) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

/** `rbw sync` as a child process, killed (SIGKILL) after `ms` unless it ended before. */
function syncKilledAfter(laptop: string, ms: number, killNow?: Promise<void>): Promise<void> {
  const child = spawn(process.execPath, ['bin/rbw.mjs', 'sync', laptop], { stdio: 'ignore' });
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  void killNow?.then(() => child.kill('SIGKILL'));
  return new Promise((resolve) =>
    child.on('close', () => {
      clearTimeout(timer);
      resolve();
    }),
  );
}

/** Every change's value written (as text) in the server's history, oldest first. */
async function serverWritten(browser: Browser): Promise<string[]> {
  const entries: { id: number; changes: { after: unknown }[] }[] = [];
  let before: number | undefined;
  for (;;) {
    const page = await browser.call('history.list', {
      documentId,
      limit: 200,
      ...(before ? { before } : {}),
    });
    entries.push(...page.body.value.entries);
    if (!page.body.value.more) break;
    before = entries.at(-1)?.id;
  }
  return entries.flatMap((e) => e.changes.map((c) => String(c.after)));
}

it('a sync cut 20 times (laptop or server killed) and repeated applies every action once on both sides', async () => {
  let server = await serve(['--db', url, '--port', String(port)]);
  const kantor = new Browser(server.url);
  expect((await kantor.login('kantor', 'rahasia')).status).toBe(200);
  const relay = new Relay();
  relay.target = server.url;
  const laptop = join(folder, 'laptop.rbw');
  const cloned = await rbw(
    ['clone', await relay.start(), '--document', documentId, '--login', 'koord', '--out', laptop],
    'rahasia\n',
  );
  expect(cloned.code, cloned.err).toBe(0);
  const laptopValues: string[] = [];
  const serverValues: string[] = [];
  let serverKills = 0;
  let clientKills = 0;
  /** Rounds cut after the server applied the laptop's actions but before the laptop heard of it. */
  let appliedUnheard = 0;
  for (let round = 0; round < ROUNDS; round++) {
    // The laptop edits two items offline, the office one other item on the server.
    for (const [k, suffix] of [
      [0, 'a'],
      [1, 'b'],
    ] as const) {
      const value = `laptop-${round}${suffix}`;
      const set = await rbw(['set', laptop, items[(2 * round + k) % 60] as string, '--note', value]);
      expect(set.code, set.err).toBe(0);
      laptopValues.push(value);
    }
    const value = `kantor-${round}`;
    const set = await kantor.call('records.set', {
      documentId,
      itemId: items[items.length - 1 - (round % 60)],
      field: 'note',
      value,
    });
    expect(set.body.ok).toBe(true);
    serverValues.push(value);
    // Cut at a different moment each round. Every other round of each kind, right after the server has
    // applied the sync and before its answer reaches the laptop; the others after a delay of their own.
    const delay = 150 + ((round * 397) % 1900);
    const afterApplied = round % 4 >= 2;
    relay.holdNextSync = afterApplied;
    const held = afterApplied ? relay.held() : undefined;
    if (round % 2 === 0) {
      await syncKilledAfter(laptop, afterApplied ? 120_000 : delay, held);
      clientKills++;
    } else {
      const sync = syncKilledAfter(laptop, 120_000);
      await (held ?? new Promise((resolve) => setTimeout(resolve, delay)));
      await server.kill();
      relay.dropHeld();
      serverKills++;
      await sync;
      server = await serve(['--db', url, '--port', String(port)]);
      relay.target = server.url;
      kantor.moveTo(server.url);
    }
    relay.holdNextSync = false;
    relay.dropHeld();
    const view = await kantor.call('documents.view', { documentId });
    const notes = Object.values(view.body.value.records as Record<string, AnswerRecord>).map((r) => r.note);
    if (notes.includes(`laptop-${round}a`)) {
      if (waiting(laptop) > 0) appliedUnheard++;
      // The office then changes what the laptop sent: sending it a second time would be a conflict with
      // this (or overwrite it), so a repeated application cannot hide.
      const after = `kantor-${round}-after`;
      const overwrite = await kantor.call('records.set', {
        documentId,
        itemId: items[(2 * round) % 60],
        field: 'note',
        value: after,
      });
      expect(overwrite.body.ok).toBe(true);
      serverValues.push(after);
    }
  }
  expect(clientKills).toBe(ROUNDS / 2);
  expect(serverKills).toBe(ROUNDS / 2);
  expect(appliedUnheard).toBeGreaterThanOrEqual(ROUNDS / 2);
  const last = await rbw(['sync', laptop]);
  expect(last.code, last.err).toBe(0);
  try {
    // Equal field by field.
    const view = await kantor.call('documents.view', { documentId });
    const theirs = new Map(Object.entries(view.body.value.records as Record<string, AnswerRecord>));
    const session = await DocumentSession.open(laptop);
    const ours = session.records;
    const local = session.store.read((db) =>
      db.history.trail().flatMap(({ changes }) => changes.map((c) => String(JSON.parse(c.after)))),
    );
    session.close();
    for (const itemId of new Set([...ours.keys(), ...theirs.keys()]))
      for (const field of RECORD_FIELDS)
        expect(recordOf(ours, itemId)[field], `${itemId} ${field}`).toEqual(recordOf(theirs, itemId)[field]);
    // No action lost, none applied twice: each value written exactly once on each side.
    const written = await serverWritten(kantor);
    for (const value of [...laptopValues, ...serverValues]) {
      expect(
        written.filter((w) => w === value),
        `server ${value}`,
      ).toHaveLength(1);
      expect(
        local.filter((w) => w === value),
        `laptop ${value}`,
      ).toHaveLength(1);
    }
  } finally {
    relay.close();
    await server.stop();
  }
}, 900_000);
