import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './support';

const REPO = resolve(import.meta.dirname, '..', '..');
const folder = tempFolder();

/** `rbw` as a user runs it: a process of its own; its standard output as lines. */
const rbw = (...args: string[]): string[] =>
  execFileSync(process.execPath, ['bin/rbw.mjs', ...args, '--author=tester'], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, RBW_DATA_DIR: folder, RBW_LANG: 'id' },
  })
    .trim()
    .split('\n');

// ZI 2021, A.II.5.ii "Penanganan Pengaduan Masyarakat" (weight 3) has one question, A.II.5.ii.a: the
// share of complaints followed up (.3) of those that must be (.1), at most 100%. By hand: 40 of 10 is
// capped at 100%, so the sub-area gives 3 × 1 = 3,00; 5 of 10 gives 3 × 0,5 = 1,50.
describe('rbw set with a count above its whole', () => {
  it('says "selesai 40" exceeds "harus 10", naming both, and scores it as the LKE formula does', () => {
    const doc = join(folder, 'pengaduan.rbw');
    rbw('new', '--template', 'zi-2021', '--out', doc);
    rbw('set', doc, 'A.II.5.ii.a.1', '10');
    rbw('set', doc, 'A.II.5.ii.a.2', '0');
    const lines = rbw('set', doc, 'A.II.5.ii.a.3', '40');
    expect(lines).toContain(
      'pengaduan.rbw: A.II.5.ii.a: Jumlah pengaduan masyarakat yang selesai ditindaklanjuti (40) melebihi ' +
        'Jumlah pengaduan masyarakat yang harus ditindaklanjuti (10); periksa angkanya. Nilai tetap dihitung ' +
        'seperti rumus LKE: paling tinggi 100%',
    );
    expect(lines.at(-1)).toBe('Nilai total: 3,00 / 100,00 (Kategori D)');
    // Within its whole: no warning.
    const fixed = rbw('set', doc, 'A.II.5.ii.a.3', '5');
    expect(fixed.join('\n')).not.toContain('melebihi');
    expect(fixed.at(-1)).toBe('Nilai total: 1,50 / 100,00 (Kategori D)');
  });
});
