import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OrganisationServer } from '../../service/api/server';
import { createDocument } from '../../service/documents/create-document';
import { indexTemplate } from '../../shared/template/template-index';
import { Browser } from './support/http-client';
import type { Cluster } from './support/postgres-cluster';
import { startCluster } from './support/postgres-cluster';
import { zi } from './support/engines';
import { serve } from './support/rbw-process';

const KILLS = 20;
const CLIENTS = 20;
const items = [...indexTemplate(zi).answerables.keys()].slice(0, CLIENTS);

let cluster: Cluster;
let url: string;
let documentId: string;

beforeAll(async () => {
  cluster = await startCluster();
  url = cluster.newDatabase('kill');
  const path = join(mkdtempSync(join(tmpdir(), 'rbw-kill-')), 'unit.rbw');
  await createDocument(path, { template: zi, author: 'koord' });
  const server = OrganisationServer.open(url);
  await server.addUser({
    login: 'koord',
    password: 'rahasia',
    role: 'coordinator',
    pokja: null,
    organisation: 'Org',
  });
  documentId = await server.push(path, 'Org');
  server.close();
}, 120_000);

afterAll(() => cluster?.stop());

/** Every page of the document's history, oldest first. */
async function wholeHistory(browser: Browser) {
  const entries: { id: number; changes: { itemId: string; after: unknown }[] }[] = [];
  let before: number | undefined;
  for (;;) {
    const page = await browser.call('history.list', {
      documentId,
      limit: 200,
      ...(before ? { before } : {}),
    });
    entries.push(...page.body.value.entries);
    if (!page.body.value.more) return entries.reverse();
    before = entries.at(-1)?.id;
  }
}

it('keeps every acknowledged edit exactly once, revisions without gaps, across 20 SIGKILLs of the server', async () => {
  const acknowledged = new Map<string, string>();
  let sessions: Browser[] = [];
  for (let round = 0; round < KILLS; round++) {
    const server = await serve(['--db', url, '--port', '0']);
    if (round === 0) {
      sessions = await Promise.all(
        items.map(async () => {
          const browser = new Browser(server.url);
          expect((await browser.login('koord', 'rahasia')).status).toBe(200);
          return browser;
        }),
      );
    }
    // The sessions live in the database: the same cookies work on the restarted server.
    sessions.forEach((s) => s.moveTo(server.url));
    let acks = 0;
    const clients = items.map(async (itemId, c) => {
      for (let n = 0; ; n++) {
        const value = `r${round}-c${c}-${n}`;
        try {
          const set = await sessions[c]!.call('records.set', { documentId, itemId, field: 'note', value });
          if (set.status !== 200 || !set.body.ok) throw new Error(`refused: ${JSON.stringify(set.body)}`);
          acknowledged.set(value, itemId);
          acks++;
        } catch (error) {
          if (String(error).includes('refused')) throw error;
          return; // the server is gone
        }
      }
    });
    // Killed at a different moment each round, once some edits have been acknowledged.
    const target = acks + 5 + ((round * 7) % 23);
    while (acks < target) await new Promise((resolve) => setTimeout(resolve, 5));
    await server.kill();
    await Promise.all(clients);
  }
  const last = await serve(['--db', url, '--port', '0']);
  try {
    const reader = new Browser(last.url);
    expect((await reader.login('koord', 'rahasia')).status).toBe(200);
    const history = await wholeHistory(reader);
    expect(history.map((e) => e.id)).toEqual(history.map((_, i) => i + 1));
    const written = history.flatMap((e) => e.changes.map((c) => String(c.after)));
    for (const value of acknowledged.keys()) expect(written.filter((w) => w === value)).toHaveLength(1);
    expect(new Set(written).size).toBe(written.length);
    expect(acknowledged.size).toBeGreaterThan(KILLS * 5);
  } finally {
    await last.stop();
  }
}, 900_000);
