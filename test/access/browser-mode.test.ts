import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/api/envelope';
import { callService, closeAllDocuments, windowFileAccess } from '../../service/api/window';
import type { WebServer } from '../../web/server';
import { MAX_BODY_BYTES, startWebServer } from '../../web/server';
import { attacks, expectRefused, OUTSIDE, pathOf, writtenOutside } from './attacks';

// Browser mode's HTTP server with the real service, called as a page holding the token would.
const folder = mkdtempSync(join(tmpdir(), 'rbw-http-'));
const opened = join(folder, 'dibuka');
let server: WebServer;

beforeAll(async () => {
  process.env.RBW_DATA_DIR = join(folder, 'data');
  const staticDir = join(folder, 'static');
  mkdirSync(staticDir);
  mkdirSync(opened);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>RB Workbench</title>');
  const files = windowFileAccess();
  files.grantFolder(opened);
  server = await startWebServer({ staticDir, call: callService, author: 'Uji HTTP', files });
});
afterAll(async () => {
  await server.close();
  closeAllDocuments();
});

/** A raw HTTP request, so that the path is sent exactly as written and the body as given. */
function send(
  path: string,
  body: Buffer | string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: 'POST',
        headers: { 'x-rbw-token': server.token, 'content-type': 'application/json', ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function call(name: string, input: unknown): Promise<Envelope> {
  const { status, text } = await send(`/api/${name}`, JSON.stringify(input));
  expect(status).toBe(200);
  return JSON.parse(text) as Envelope;
}

describe('browser mode over HTTP', () => {
  it('refuses every path outside the data folder and the folders opened at start, revealing nothing', async () => {
    const made = await call('app.newDocument', { templateId: 'zi-2021' });
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    const documentId = (made.value as { documentId: string }).documentId;
    for (const [name, input] of attacks(documentId)) expectRefused(await call(name, input), pathOf(input));
    expect(writtenOutside()).toEqual([]);
    const shadow = await call('app.openPath', { path: OUTSIDE.secret });
    const missing = await call('app.openPath', { path: OUTSIDE.missing });
    expect(JSON.stringify(shadow).replace(OUTSIDE.secret, 'X')).toBe(
      JSON.stringify(missing).replace(OUTSIDE.missing, 'X'),
    );
  });

  it('creates, lists and exports in a folder the user opened at start', async () => {
    const target = join(opened, 'lke-dinas.rbw');
    const made = await call('documents.create', { path: target, templateId: 'zi-2026' });
    expect(made).toMatchObject({ ok: true, value: { path: target } });
    const listed = await call('app.files', {});
    expect(listed.ok && JSON.stringify(listed.value)).toContain('lke-dinas.rbw');
    // Only the kinds of file each action makes: an export is .xlsx, a document .rbw.
    const documentId = (made as { value: { documentId: string } }).value.documentId;
    const wrong = await call('app.export', { documentId, format: 'rekap', path: join(opened, 'rekap.rbw') });
    expect(wrong).toMatchObject({ ok: false, problems: [{ code: 'access.fileType' }] });
    const exported = await call('app.export', {
      documentId,
      format: 'rekap',
      path: join(opened, 'rekap.xlsx'),
    });
    expect(exported).toMatchObject({ ok: true, value: { fileName: 'rekap.xlsx' } });
  });

  it(`answers 413 to a body over ${MAX_BODY_BYTES / 1024 / 1024} MB, and serves the next call`, async () => {
    const huge = Buffer.alloc(100 * 1024 * 1024, 0x20);
    expect((await send('/api/templates.list', huge)).status).toBe(413);
    // Streamed without a declared length, too.
    const chunked = await send('/api/templates.list', huge, { 'transfer-encoding': 'chunked' });
    expect(chunked.status).toBe(413);
    expect((await send('/api/templates.list', '{}')).status).toBe(200);
  });

  it('takes a 10 MB file stored in a document, the largest a document holds', async () => {
    const made = await call('app.newDocument', { templateId: 'zi-2021' });
    const documentId = (made as { value: { documentId: string } }).value.documentId;
    const added = await call('attachments.add', {
      documentId,
      itemId: 'A.I.1.i.a',
      fileName: 'sk-tim.pdf',
      contentBase64: Buffer.alloc(10 * 1024 * 1024, 7).toString('base64'),
    });
    expect(added).toMatchObject({ ok: true });
  });

  it('answers 400 to a malformed URL', async () => {
    expect((await send('/api/templates.list%', '{}')).status).toBe(400);
    expect((await send('/api/%E0%A4%A', '{}')).status).toBe(400);
    expect((await send('/%zz', '')).status).toBe(400);
  });
});
