import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../cli/main';
import { openDocuments } from '../../service/documents/open-documents';
import { DOCUMENT_FORMAT_VERSION } from '../../service/documents/sqlite/migrations';
import type { Damage } from './document-damage';
import { DAMAGES } from './document-damage';
import { expectOneLine, runRbw } from './run-rbw';
import { REAL_WORKBOOK } from './workbook-variants';

// Each case runs rbw as whole processes: generous on a loaded two-core machine (a ceiling, not a benchmark).
vi.setConfig({ testTimeout: 180_000 });

// Hangs are bounded by the harness (the test timeout above; a whole rbw process by PROCESS_LIMITS in
// run-rbw.ts), not by timing each command.
const folder = mkdtempSync(join(tmpdir(), 'rbw-damaged-'));
const base = join(folder, 'base.rbw');
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Runs rbw in this process (the same `main` as `npx rbw`), collecting its output. */
async function rbw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

afterEach(() => openDocuments.closeAll());

beforeAll(async () => {
  // A sound document with everything a damage can hit: the stored workbook, history, a snapshot.
  expect((await rbw('import', REAL_WORKBOOK, '--out', base, '--author=andi')).code).toBe(0);
  expect((await rbw('set', base, 'A.I.1.i.a', 'Tidak', '--note', 'belum ada SK', '--author=andi')).code).toBe(
    0,
  );
  expect((await rbw('set', base, 'A.I.1.i.b', 'C', '--author=andi')).code).toBe(0);
  expect((await rbw('snapshot', base, 'sebelum APIP', '--author=andi')).code).toBe(0);
  expect((await rbw('set', base, 'A.I.1.i.b', 'B', '--author=andi')).code).toBe(0);
}, 120_000);

/** A damaged copy of the sound document, alone in its folder. */
function damagedCopy(damage: Damage): { dir: string; path: string } {
  const dir = mkdtempSync(join(folder, 'case-'));
  const path = join(dir, 'lke.rbw');
  copyFileSync(base, path);
  damage.apply(path);
  return { dir, path };
}

describe(`${DAMAGES.length} damaged documents`, () => {
  it('were generated: at least the 66 ways of the issue', () => {
    // Each damage meets six commands below; together they are more than the 66 cases.
    expect(DAMAGES.length * 6).toBeGreaterThanOrEqual(66);
    expect(DAMAGES.length).toBeGreaterThanOrEqual(50);
  });

  it.each(DAMAGES.map((d) => [d.name, d] as const))(
    '%s: every command gives a result or one line naming the file, and a refusal changes nothing',
    async (_name, damage) => {
      const { dir, path } = damagedCopy(damage);
      const before = { hash: hash(path), files: readdirSync(dir).sort() };
      const commands: [string, ...string[]][] = [
        ['show', path],
        ['score', path],
        ['history', path],
        ['snapshot', path, '--list'],
        ['export', path, '--out', join(dir, 'ekspor.xlsx')],
        ['undo', path, '--author=andi'],
      ];
      const results = new Map<string, Awaited<ReturnType<typeof rbw>>>();
      for (const command of commands) {
        const [name] = command;
        const result = await rbw(...command);
        results.set(name, result);
        if (result.code === 0) {
          // Notices (a damaged stored workbook) name the document; nothing else is said on stderr.
          for (const line of result.err) expect(line.startsWith('lke.rbw: '), line).toBe(true);
          continue;
        }
        expect(result.code, `${name}: ${result.err.join('\n')}`).toBe(1);
        expect(result.err, name).toHaveLength(1);
        expect(result.err[0]).toMatch(new RegExp(`^rbw ${name}: lke\\.rbw: `));
        expect(result.err[0], 'a bug, caught as such').not.toMatch(/kesalahan tak terduga/);
        if (damage.names) expect(result.err[0]).toContain(damage.names);
        // Refused: not changed, no backup, no leftover files, no export written.
        expect(hash(path), `${name} changed the document`).toBe(before.hash);
        expect(
          readdirSync(dir)
            .filter((f) => f !== 'ekspor.xlsx')
            .sort(),
          name,
        ).toEqual(before.files);
      }
      const show = results.get('show');
      if (damage.expect === 'refused') expect(show?.code, show?.out.join('\n')).toBe(1);
      if (damage.expect === 'opens') expect(show?.code, show?.err.join('\n')).toBe(0);
      if (damage.undoRefused) {
        expect(results.get('undo')?.err[0]).toMatch(/riwayat dokumen rusak \(tindakan \d+\)/);
        expect(results.get('history')?.code).toBe(1);
      }
    },
    120_000,
  );
});

describe('a damaged stored workbook', () => {
  it('leaves the document open with its answers; the workbook rule is unavailable, said once', async () => {
    const damage = DAMAGES.find((d) => d.name === 'stored workbook with one byte flipped') as Damage;
    const { path } = damagedCopy(damage);
    const shown = await rbw('show', path, 'A.I.1.i.a', '--json');
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.out.join('\n'))[0]).toMatchObject({ answer: 'Tidak', note: 'belum ada SK' });
    expect(shown.err).toEqual([
      'lke.rbw: buku kerja yang tersimpan di dokumen (lke-zi-2021-filled.xlsx) rusak; dokumen terbuka dengan ' +
        'jawabannya, tetapi rumus buku kerja itu sendiri tidak tersedia: nilai mengikuti aturan standar. Impor ' +
        'ulang buku kerja untuk memulihkannya',
    ]);
    expect(shown.err[0]).not.toContain('LKE ZI');
    expect(shown.err[0]).not.toMatch(/simpan ulang di Excel/);
    const edited = await rbw('set', path, 'A.I.1.i.a', 'Ya', '--author=andi');
    expect(edited.code).toBe(0);
  });
});

describe('documents that claim another format', () => {
  it('are refused, not migrated, and leave no backup however often they are opened', async () => {
    const damage = DAMAGES.find((d) => d.name === 'user_version set to 1') as Damage;
    const { dir, path } = damagedCopy(damage);
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await rbw('show', path);
      expect(result.err).toEqual([
        'rbw show: lke.rbw: changes_by_item: dokumen menyatakan format 1 tetapi tabelnya bukan tabel format itu ' +
          '(index changes_by_item of a later format): dokumen rusak atau diubah program lain, dan tidak ' +
          'diperbarui maupun diubah. Buka salinan cadangannya',
      ]);
    }
    expect(readdirSync(dir)).toEqual(['lke.rbw']);
  });
});

describe('as a user meets them, through npx rbw', () => {
  it.each([
    ['truncated to half', 'show', /^rbw show: lke\.rbw: dokumen rusak atau terpotong/],
    ['user_version set to 2', 'show', /^rbw show: lke\.rbw: source_workbook: dokumen menyatakan format 2/],
    ['template nested 20,000 deep', 'score', /^rbw score: lke\.rbw: template: isi dokumen tidak valid/],
    ['history value not JSON (after)', 'undo', /^rbw undo: lke\.rbw: changes: riwayat dokumen rusak/],
    [
      'table actions dropped',
      'history',
      new RegExp(`^rbw history: lke\\.rbw: actions: dokumen menyatakan format ${DOCUMENT_FORMAT_VERSION} `),
    ],
  ])('%s: rbw %s gives one line, exit 1, no stack', async (name, command, message) => {
    const { dir, path } = damagedCopy(DAMAGES.find((d) => d.name === name) as Damage);
    const before = hash(path);
    const run = await runRbw([command, path, ...(command === 'undo' ? ['--author=andi'] : [])]);
    expect(expectOneLine(run, command, 'lke.rbw')).toMatch(message);
    expect(hash(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['lke.rbw']);
  });
});
