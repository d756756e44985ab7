import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../service/documents/create-document';
import { zi } from './support/engines';
import type { Cluster } from './support/postgres-cluster';
import { startCluster } from './support/postgres-cluster';
import { rbw, serve } from './support/rbw-process';

// `rbw serve` over HTTPS with a certificate made here by openssl, and `rbw pull` of one document with
// its history: the pulled file scores as the pushed one and holds the same history.

const ORG = 'Kab. Contoh';
const folder = mkdtempSync(join(tmpdir(), 'rbw-pull-'));
const cert = join(folder, 'cert.pem');
const key = join(folder, 'key.pem');
const source = join(folder, 'dinas-unduh.rbw');
let cluster: Cluster;
let server: { url: string; stop: () => Promise<void> };
let documentId: string;

beforeAll(async () => {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'pipe' },
  );
  cluster = await startCluster();
  const url = cluster.newDatabase('organisasi');
  await createDocument(source, {
    template: zi,
    metadata: { unit: 'Dinas Unduh', year: 2026 },
    author: 'koord',
  });
  // Two actions in its history: Ya on A.I.1.i.a (0,50) and on A.I.1.ii.a (1,00): 1,50 by hand.
  for (const code of ['A.I.1.i.a', 'A.I.1.ii.a'])
    expect((await rbw(['set', source, code, 'Ya'])).code).toBe(0);
  const added = await rbw(
    ['users', 'add', 'koord', '--role', 'coordinator', '--org', ORG, '--db', url],
    'rahasia\n',
  );
  expect(added.code, added.err).toBe(0);
  const pushed = await rbw(['push', source, '--org', ORG, '--db', url]);
  expect(pushed.code, pushed.err).toBe(0);
  documentId = pushed.lines.at(-1) as string;
  server = await serve(['--db', url, '--port', '0', '--tls-cert', cert, '--tls-key', key]);
}, 180_000);

afterAll(async () => {
  await server?.stop();
  cluster?.stop();
});

describe('rbw serve over TLS and rbw pull', () => {
  it('listens on https and downloads a document with its history, scoring the same', async () => {
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const out = join(folder, 'unduhan.rbw');
    const pulled = await rbw(
      ['pull', `${server.url}/${documentId}`, '--out', out, '--login', 'koord'],
      'rahasia\n',
      {
        NODE_EXTRA_CA_CERTS: cert,
      },
    );
    expect(pulled.code, pulled.err).toBe(0);
    expect(pulled.lines.at(-1)).toMatch(/^unduhan\.rbw downloaded with its whole history/);
    const total = async (file: string) =>
      (JSON.parse((await rbw(['score', file, '--json'])).lines.join('\n')) as { total: number }).total;
    expect(await total(out)).toBe(1.5);
    const history = async (file: string) =>
      (await rbw(['history', file])).lines.filter((line) => line.includes('A.I.1.'));
    const pulledHistory = await history(out);
    expect(pulledHistory).toHaveLength(2);
    expect(pulledHistory).toEqual(await history(source));
  });

  it('says in one line why a pull fails: a wrong password, an untrusted certificate, a file already there', async () => {
    const out = join(folder, 'ditolak.rbw');
    const trusted = { NODE_EXTRA_CA_CERTS: cert };
    const wrong = await rbw(
      ['pull', `${server.url}/${documentId}`, '--out', out, '--login', 'koord'],
      'salah\n',
      trusted,
    );
    expect(wrong.code).not.toBe(0);
    expect(wrong.err.trim()).toMatch(/^[^\n]*the server refused: 401 wrong login or password$/);
    const untrusted = await rbw(
      ['pull', `${server.url}/${documentId}`, '--out', out, '--login', 'koord'],
      'rahasia\n',
    );
    expect(untrusted.code).not.toBe(0);
    expect(untrusted.err.trim().split('\n')).toHaveLength(1);
    expect(untrusted.err).toContain('cannot reach https://127.0.0.1');
    expect(existsSync(out)).toBe(false);
    const again = await rbw(
      ['pull', `${server.url}/${documentId}`, '--out', source, '--login', 'koord'],
      'rahasia\n',
      trusted,
    );
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('exists already');
  });
});
