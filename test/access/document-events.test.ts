import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentChangeSchema } from '../../shared/api/document-events';
import { callService, closeAllDocuments, windowFileAccess } from '../../service/api/window';
import type { WebServer } from '../../web/server';
import { startWebServer } from '../../web/server';

// Browser mode's "document changed" stream: what another tab is told, and who may listen.
const folder = mkdtempSync(join(tmpdir(), 'rbw-events-'));
let server: WebServer;
let base: string;

beforeAll(async () => {
  process.env.RBW_DATA_DIR = join(folder, 'data');
  const staticDir = join(folder, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>RB Workbench</title>');
  const files = windowFileAccess();
  files.grantFolder(folder);
  server = await startWebServer({ staticDir, call: callService, author: 'Uji HTTP', files });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server.close();
  closeAllDocuments();
});

const TAB_A = 'tab-aaaaaaaa';
const TAB_B = 'tab-bbbbbbbb';

async function call(window: string, name: string, input: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${base}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-rbw-token': server.token, 'x-rbw-window': window },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value: Record<string, unknown> };
  expect(envelope.ok).toBe(true);
  return envelope.value;
}

/** Listens as a tab does; `next()` answers the next change event's data. */
async function listen(documentId: string, window: string, token = server.token) {
  const abort = new AbortController();
  const response = await fetch(`${base}/api/events?document=${encodeURIComponent(documentId)}`, {
    headers: { 'x-rbw-token': token, 'x-rbw-window': window },
    signal: abort.signal,
  });
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  const next = async (): Promise<unknown> => {
    for (;;) {
      const frames = buffered.split('\n\n');
      for (let i = 0; i < frames.length - 1; i++) {
        const frame = frames[i] ?? '';
        if (frame.startsWith('event: change\n')) {
          buffered = frames.slice(i + 1).join('\n\n');
          return JSON.parse(frame.slice(frame.indexOf('data: ') + 'data: '.length));
        }
      }
      const chunk = await reader?.read();
      if (!chunk || chunk.done) throw new Error('the stream ended');
      buffered += decoder.decode(chunk.value, { stream: true });
    }
  };
  return { status: response.status, next, stop: () => abort.abort() };
}

describe('the document-changed stream of browser mode', () => {
  it("tells tab B of tab A's answer with the total, and not of B's own", async () => {
    const view = await call(TAB_A, 'documents.create', {
      path: join(folder, 'dua-tab.rbw'),
      templateId: 'zi-2021',
    });
    const documentId = view.documentId as string;
    const tabB = await listen(documentId, TAB_B);
    expect(tabB.status).toBe(200);
    // B's own change is not sent back to it; A's next one is (the first event B receives).
    await call(TAB_B, 'records.set', { documentId, itemId: 'A.I.1.ii.a', field: 'answer', value: 'ya' });
    await call(TAB_A, 'records.set', { documentId, itemId: 'A.I.1.i.a', field: 'answer', value: 'ya' });
    const change = DocumentChangeSchema.parse(await tabB.next());
    tabB.stop();
    expect(change).toMatchObject({ documentId, window: TAB_A, previousRevision: 1, revision: 2 });
    expect(change.changed.map((c) => [c.itemId, c.record.answer])).toEqual([['A.I.1.i.a', 'Ya']]);
    // By hand (ZI 2021): A.I.1.i (weight 0,5) and A.I.1.ii (weight 1), each with one question Ya.
    expect(change.scores.unit.total).toBeCloseTo(1.5, 10);
  });

  it('refuses a listener without the token', async () => {
    const refused = await listen('any', TAB_B, 'x'.repeat(server.token.length));
    refused.stop();
    expect(refused.status).toBe(403);
  });
});
