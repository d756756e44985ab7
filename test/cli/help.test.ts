import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../cli/commands/parse-options';
import { main } from '../../cli/main';
import { tempFolder } from '../documents/support';

const REPO = resolve(import.meta.dirname, '..', '..');

/** `rbw` as a user runs it (`npx rbw` runs bin/rbw.mjs), Indonesian unless `--lang=en`. */
function rbw(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/rbw.mjs', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, RBW_LANG: 'id' },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const COMMANDS = [
  'templates', 'score', 'new', 'set', 'show', 'history', 'undo', 'redo', 'snapshot',
  'inspect', 'import', 'export', 'merge', 'followup', 'plan', 'portfolio',
]; // prettier-ignore

describe('rbw --help', () => {
  it('lists every command with its summary, and the exit codes 0 to 3, on stdout with exit code 0', () => {
    const { code, out, err } = rbw('--help');
    expect(code).toBe(0);
    expect(err).toBe('');
    for (const name of COMMANDS) expect(out).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(out).toMatch(/^Kode keluar:$/m);
    expect(out).toMatch(/^ {2}0 {2}selesai$/m);
    expect(out).toMatch(/^ {2}1 {2}masalah pada masukan/m);
    expect(out).toMatch(/^ {2}2 {2}kesalahan penggunaan/m);
    expect(out).toMatch(/^ {2}3 {2}rbw merge: konflik/m);
    expect(rbw('-h').out).toBe(out);
    expect(rbw('help').out).toBe(out);
  });

  it('is in English with --lang=en', () => {
    const { code, out } = rbw('--help', '--lang=en');
    expect(code).toBe(0);
    expect(out).toMatch(/^Exit codes:$/m);
    expect(out).toMatch(/^ {2}3 {2}rbw merge: conflicts left unsettled/m);
  });
});

describe('rbw score --help and rbw help score', () => {
  it('show the usage and every option of rbw score, with its value, and exit 0', () => {
    const { code, out, err } = rbw('score', '--help');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out.split('\n')[0]).toBe('Penggunaan: rbw score FILE [opsi]');
    for (const option of [
      '--json',
      '--rule workbook|standard',
      '--unanswered skip|zero',
      '--gains N',
      '--sheet SHEET',
    ])
      expect(out).toMatch(new RegExp(`^  ${option.replace(/[|]/g, '\\|')} +\\S`, 'm'));
    expect(rbw('help', 'score').out).toBe(out);
    // Help is asked for before anything is read: a missing file is no error here.
    expect(rbw('score', 'tidak-ada.json', '-h').out).toBe(out);
  });

  it('every command has its help, each option described (no locale key shown instead of text)', async () => {
    for (const name of COMMANDS) {
      for (const lang of ['--lang=id', '--lang=en']) {
        const out: string[] = [];
        const code = await main(['help', name, lang], { out: (l) => out.push(l), err: (l) => out.push(l) });
        expect(code, name).toBe(0);
        expect(out[0], name).toMatch(new RegExp(`^(Penggunaan|Usage): rbw ${name}\\b`));
        expect(out.join('\n'), `${name} ${lang}`).not.toMatch(/cliHelp\./);
      }
    }
  });

  it('refuses help about an unknown command with exit code 2', () => {
    const { code, out, err } = rbw('help', 'skor');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n')[0]).toBe('rbw: perintah "skor" tidak dikenal; maksud Anda score?');
  });
});

describe('rbw --version', () => {
  it("prints the package's version", () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    const { code, out } = rbw('--version');
    expect(code).toBe(0);
    expect(out).toBe(`rbw ${version}\n`);
  });
});

describe('an unknown option', () => {
  it('is named with the closest valid one, in one line, exit code 2, nothing read', () => {
    const { code, out, err } = rbw('score', 'tidak-ada.json', '--jsn');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('rbw score: opsi --jsn tidak dikenal; maksud Anda --json? (lihat rbw score --help)\n');
  });

  it('is named in English too, a swap of two letters counting as one slip', () => {
    const { code, err } = rbw('plan', 'x.rbw', '--taregt', '71', '--lang=en');
    expect(code).toBe(2);
    expect(err).toBe('rbw plan: unknown option --taregt; did you mean --target? (see rbw plan --help)\n');
  });

  it('gets no suggestion when no option is near', () => {
    const { code, err } = rbw('templates', '--verbose');
    expect(code).toBe(2);
    expect(err).toBe('rbw templates: opsi --verbose tidak dikenal (lihat rbw templates --help)\n');
  });

  it('--sheet is for workbooks only: refused for an answers file', () => {
    const { code, err } = rbw('score', 'jawaban.json', '--sheet', 'LKE');
    expect(code).toBe(2);
    expect(err).toBe('rbw score: opsi --sheet tidak dikenal (lihat rbw score --help)\n');
  });
});

describe('the closest name', () => {
  it('counts insertions, deletions, replacements and swaps of neighbours as one edit each', () => {
    expect(editDistance('jsn', 'json')).toBe(1);
    expect(editDistance('jsno', 'json')).toBe(1); // swap
    expect(editDistance('rule', 'rule')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'out')).toBe(3);
  });

  it('takes a slip or the start of exactly one name, never a far one', () => {
    const names = ['json', 'rule', 'unanswered', 'gains', 'sheet', 'dry-run'];
    expect(closest('unanswerd', names)).toBe('unanswered');
    expect(closest('dry', names)).toBe('dry-run');
    expect(closest('verbose', names)).toBeUndefined();
    expect(closest('x', names)).toBeUndefined();
    expect(closest('skor', ['score', 'show', 'set'])).toBe('score');
  });
});

describe('a progress line for long work', () => {
  const folder = tempFolder();
  for (const unit of ['satu', 'dua'])
    execFileSync(process.execPath, ['bin/rbw.mjs', 'new', '--template', 'zi-2021', '--out', join(folder, `${unit}.rbw`), '--unit', unit, '--author', 'tester'], { cwd: REPO }); // prettier-ignore

  it('is written on stderr only when stderr is a terminal', () => {
    // Through a pipe (as every other test runs rbw): no progress, no carriage return.
    const piped = rbw('portfolio', folder);
    expect(piped.code).toBe(0);
    expect(piped.err).toBe('');
    // In a terminal (python's pty): "menilai berkas 1 dari 2", then the line cleared before the table.
    const script = 'import pty, sys; sys.exit(pty.spawn(sys.argv[1:]) >> 8)';
    const tty = spawnSync(
      '/usr/bin/python3',
      ['-c', script, process.execPath, 'bin/rbw.mjs', 'portfolio', folder],
      {
        cwd: REPO,
        encoding: 'utf8',
        env: { ...process.env, RBW_LANG: 'id' },
      },
    );
    expect(tty.status).toBe(0);
    expect(tty.stdout).toContain('\rmenilai berkas 1 dari 2: dua.rbw\x1b[K');
    const cleared = tty.stdout.indexOf('\r\x1b[K');
    expect(cleared).toBeGreaterThan(tty.stdout.indexOf('menilai berkas'));
    expect(cleared).toBeLessThan(tty.stdout.indexOf('Portofolio'));
  });
});
