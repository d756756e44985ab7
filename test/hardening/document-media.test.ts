import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main';
import { openDocuments } from '../../service/documents/open-documents';
import { Connection, DocumentDatabase } from '../../service/documents/sqlite/document-database';
import { migrate } from '../../service/documents/sqlite/migrations';
import { EMPTY_RECORD } from '../../shared/records/answer-record';
import { builtinTemplate } from '../../shared/builtin-templates';
import type { Template } from '../../shared/template/template-schema';
import { expectOneLine, runRbw } from './run-rbw';
import { REAL_WORKBOOK } from './workbook-variants';

// Each case runs rbw as whole processes: generous on a loaded two-core machine (a ceiling, not a benchmark).
vi.setConfig({ testTimeout: 180_000 });

const folder = mkdtempSync(join(tmpdir(), 'rbw-media-'));
const base = join(folder, 'base.rbw');
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const mounted: string[] = [];

/** Mounts a small tmpfs (root only; these tests are skipped where mounting is not allowed). */
function mountTmpfs(dir: string, megabytes: number): boolean {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'ignore' });
    mounted.push(dir);
    return true;
  } catch {
    return false;
  }
}
const canMount = ((): boolean => {
  const probe = join(folder, 'probe');
  const ok = mountTmpfs(probe, 1);
  if (ok) execFileSync('umount', [probe]);
  mounted.length = 0;
  return ok;
})();

beforeAll(async () => {
  const code = await main(['import', REAL_WORKBOOK, '--out', base, '--author=andi'], {
    out: () => undefined,
    err: () => undefined,
  });
  expect(code).toBe(0);
  openDocuments.closeAll();
}, 120_000);

afterAll(() => {
  for (const dir of mounted.reverse()) execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
});

/** show, score and export work on a document that cannot be written; an edit is refused with the reason. */
async function readsButRefusesEdits(path: string, reason: RegExp): Promise<void> {
  const before = hash(path);
  const shown = await runRbw(['show', path, 'A.I.1.i.a', '--json']);
  expect(shown.code, shown.errLines.join('\n')).toBe(0);
  expect(shown.errLines).toEqual([]);
  expect(JSON.parse(shown.stdout)[0].answer).toBe('Ya');
  const scored = await runRbw(['score', path]);
  expect(scored.code).toBe(0);
  // The same scores as the same document where it can be written.
  const writable = join(mkdtempSync(join(tmpdir(), 'rbw-copy-')), 'lke.rbw');
  copyFileSync(base, writable);
  expect(scored.stdout).toBe((await runRbw(['score', writable])).stdout);
  expect(scored.stdout).toMatch(/Nilai total: \d+,\d\d \/ 100,00/);
  const out = join(mkdtempSync(join(tmpdir(), 'rbw-export-')), 'lke.xlsx');
  const exported = await runRbw(['export', path, '--out', out]);
  expect(exported.code, exported.errLines.join('\n')).toBe(0);
  expect(existsSync(out)).toBe(true);
  const edited = await runRbw(['set', path, 'A.I.1.i.a', 'Tidak', '--author=andi']);
  expect(expectOneLine(edited, 'set', 'lke.rbw')).toMatch(reason);
  expect(hash(path)).toBe(before);
}

describe('a document on read-only media', () => {
  it.skipIf(!canMount)(
    'on a read-only file system: read, shown, scored, exported; edits refused',
    async () => {
      const dir = join(folder, 'ro-fs');
      expect(mountTmpfs(dir, 16)).toBe(true);
      copyFileSync(base, join(dir, 'lke.rbw'));
      execFileSync('mount', ['-o', 'remount,ro', dir]);
      await readsButRefusesEdits(
        join(dir, 'lke.rbw'),
        /^rbw set: lke\.rbw: dokumen hanya-baca di sini .*tidak dapat diubah\. Salin ke folder yang dapat ditulisi/,
      );
      expect(readdirSync(dir)).toEqual(['lke.rbw']);
    },
  );

  it.skipIf(!canMount)('in a read-only folder: the same', async () => {
    const dir = join(folder, 'ro-folder');
    mkdirSync(dir);
    copyFileSync(base, join(dir, 'lke.rbw'));
    execFileSync('mount', ['--bind', dir, dir]);
    mounted.push(dir);
    execFileSync('mount', ['-o', 'remount,ro,bind', dir]);
    await readsButRefusesEdits(join(dir, 'lke.rbw'), /^rbw set: lke\.rbw: dokumen hanya-baca di sini/);
  });

  it.skipIf(!canMount)(
    'on a full disk: read, shown, scored, exported; an edit says the disk is full',
    async () => {
      const dir = join(folder, 'full');
      expect(mountTmpfs(dir, 2)).toBe(true);
      copyFileSync(base, join(dir, 'lke.rbw'));
      try {
        writeFileSync(join(dir, 'pengisi'), Buffer.alloc(4 * 1024 * 1024));
      } catch {
        // The disk is now full, as intended.
      }
      await readsButRefusesEdits(
        join(dir, 'lke.rbw'),
        /^rbw set: lke\.rbw: disk penuh: perubahan ini tidak tersimpan; kosongkan ruang lalu coba lagi$/,
      );
      expect(readdirSync(dir).sort()).toEqual(['lke.rbw', 'pengisi']);
    },
  );
});

describe('migrating a document of an older format', () => {
  it('writes exactly one backup, on the one real migration', async () => {
    const dir = mkdtempSync(join(folder, 'old-'));
    const path = join(dir, 'lama.rbw');
    const connection = Connection.open(path, { mustExist: false });
    const store = DocumentDatabase.configure(connection, 'lama.rbw');
    migrate(connection, 1);
    store.write((db) => {
      db.meta.writeTemplateJson(JSON.stringify(builtinTemplate('zi-2021') as Template));
      db.records.write('A.I.1.i.a', { ...EMPTY_RECORD, answer: 'Ya' });
    });
    store.close();
    for (let attempt = 0; attempt < 3; attempt++) {
      const shown = await runRbw(['show', path, 'A.I.1.i.a', '--json']);
      expect(shown.code).toBe(0);
      expect(JSON.parse(shown.stdout)[0].answer).toBe('Ya');
      expect(shown.errLines).toEqual(
        attempt === 0
          ? [`lama.rbw: dokumen diperbarui dari format 1; salinan sebelumnya disimpan di ${path}.v1.bak`]
          : [],
      );
    }
    expect(readdirSync(dir).sort()).toEqual(['lama.rbw', 'lama.rbw.v1.bak']);
    const backup = new Database(join(dir, 'lama.rbw.v1.bak'), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
  });
});
