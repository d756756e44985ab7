import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganisationServer } from '../../service/api/server';
import { createDocument } from '../../service/documents/create-document';
import { zi } from './support/engines';
import type { Cluster } from './support/postgres-cluster';
import { startCluster } from './support/postgres-cluster';
import { rbw } from './support/rbw-process';

// The administrator's backup as the README tells it: `pg_dump -Fc` of the organisation's database,
// `pg_restore` into a new database; every document there scores as `rbw score` scores its file.

const BIN = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'].find(
  (dir) => existsSync(join(dir, 'pg_dump')),
) as string;
const ORG = 'Kab. Contoh';
const folder = mkdtempSync(join(tmpdir(), 'rbw-backup-'));
// Three units answered differently (Ya/Tidak questions of A.I.1).
const UNITS: Record<string, [string, string][]> = {
  'dinas-a.rbw': [['A.I.1.i.a', 'Ya']],
  'dinas-b.rbw': [
    ['A.I.1.i.a', 'Ya'],
    ['A.I.1.ii.a', 'Ya'],
  ],
  'dinas-c.rbw': [
    ['A.I.1.ii.a', 'Tidak'],
    ['A.I.1.iv.a', 'Ya'],
  ],
};
let cluster: Cluster;
let original: string;
const expected = new Map<string, number>();

beforeAll(async () => {
  cluster = await startCluster();
  original = cluster.newDatabase('organisasi');
  for (const [name, answers] of Object.entries(UNITS)) {
    const path = join(folder, name);
    await createDocument(path, { template: zi, author: 'koord' });
    for (const [code, answer] of answers) expect((await rbw(['set', path, code, answer])).code).toBe(0);
    const scored = await rbw(['score', path, '--json']);
    expected.set(name, (JSON.parse(scored.lines.join('\n')) as { total: number }).total);
  }
  // The organisation's folder in one command; a damaged workbook beside them is said and skipped.
  writeFileSync(join(folder, 'rusak.xlsx'), 'bukan workbook');
  const pushed = await rbw(['push', folder, '--org', ORG, '--db', original]);
  expect(pushed.code).not.toBe(0);
  expect(pushed.lines.map((line) => line.split(' ')[1])).toEqual(Object.keys(UNITS));
  const said = pushed.err.split('\n');
  expect(said).toContain('uploading 1 of 4: dinas-a.rbw');
  expect(said).toContain('uploading 4 of 4: rusak.xlsx');
  expect(said.filter((line) => line.startsWith('rusak.xlsx: '))).toHaveLength(1);
  expect(said).toContain('3 of 4 files uploaded.');
}, 180_000);

afterAll(() => cluster?.stop());

describe('backup with pg_dump, restore with pg_restore', () => {
  it('restores every document into a new database, each scoring as before', async () => {
    const dump = join(folder, 'organisasi.dump');
    execFileSync(join(BIN, 'pg_dump'), ['-Fc', '-f', dump, '-d', original], { stdio: 'pipe' });
    const restored = cluster.newDatabase('organisasi_pulih');
    execFileSync(join(BIN, 'pg_restore'), ['--no-owner', '-d', restored, dump], { stdio: 'pipe' });
    const server = OrganisationServer.open(restored);
    try {
      const login = await server.addUser({
        login: 'admin',
        password: 'rahasia-admin',
        role: 'admin',
        pokja: null,
        organisation: ORG,
      });
      expect(login).toBeGreaterThan(0);
      const signedIn = await server.login('admin', 'rahasia-admin');
      if (!signedIn.ok) throw new Error(signedIn.reason);
      const documents = await server.documents(signedIn.user);
      expect(documents.map((d) => d.name).sort()).toEqual(Object.keys(UNITS).sort());
      for (const d of documents) expect(d.total, d.name).toBeCloseTo(expected.get(d.name) as number, 10);
      // By hand: A 0,50; B 0,50 + 1,00 = 1,50; C Tidak on A.I.1.ii.a (0) and Ya on A.I.1.iv.a (1,50) = 1,50.
      expect([...expected.values()]).toEqual([0.5, 1.5, 1.5]);
    } finally {
      server.close();
    }
  });
});
