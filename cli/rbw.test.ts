import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRealAnswers } from '../test/fixtures/workbooks/real-answers';
import { main } from './main';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

const dir = mkdtempSync(join(tmpdir(), 'rbw-cli-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('rbw score on bad input', () => {
  it('names a missing file and exits 1', async () => {
    const result = await run('score', join(dir, 'tidak-ada.json'));
    expect(result.code).toBe(1);
    expect(result.err).toEqual([`rbw score: ${join(dir, 'tidak-ada.json')}: berkas tidak ditemukan`]);
  });

  it('names the file of malformed JSON', async () => {
    const result = await run('score', file('rusak.json', '{"template": "zi-2021", "answers": {'));
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/^rbw score: rusak\.json: berkas bukan JSON yang valid/);
  });

  it('names the template field and lists the templates for an unknown template', async () => {
    const result = await run('score', file('lama.json', '{"template": "zi-2019", "answers": {}}'));
    expect(result.err).toEqual([
      'rbw score: lama.json: template: template "zi-2019" tidak dikenal; pilihan: zi-2021, zi-2026, rb-2014, pmprb-2015-pusat',
    ]);
    expect(result.code).toBe(1);
  });

  it('names the file and the field of an answer outside its options, in English on request', async () => {
    const path = file(
      'salah.json',
      '{"template": "zi-2021", "answers": {"A.I.1.i.a": "Ya", "A.I.1.i.b": "D"}}',
    );
    const result = await run('score', path, '--lang=en');
    expect(result.err).toEqual([
      'rbw score: salah.json: answers.A.I.1.i.b: answer "D" is not one of the options (A, B, C)',
    ]);
    expect(result.code).toBe(1);
  });

  it('names an unknown code', async () => {
    const result = await run(
      'score',
      file('kode.json', '{"template": "zi-2021", "answers": {"A.I.9.x": "Ya"}}'),
    );
    expect(result.err).toEqual([
      'rbw score: kode.json: answers.A.I.9.x: kode "A.I.9.x" tidak ada di template',
    ]);
  });

  it('refuses an unknown policy and an unknown command with exit code 2', async () => {
    expect((await run('score', 'x.json', '--unanswered=maybe')).code).toBe(2);
    expect((await run('skor')).code).toBe(2);
  });
});

describe('rbw score output', () => {
  it('prints one JSON object with total, category, answered, questions and components', async () => {
    const path = file('dua.json', '{"template": "zi-2021", "answers": {"A.I.1.i.a": "Ya", "B.I.a": "3,6"}}');
    const result = await run('score', path, '--json');
    const json = JSON.parse(result.out);
    // Sub-area A.I.1.i (0,5) with its only answer Ya = 0,5; survey 3,6 / 4 × 17,5 = 15,75.
    expect(json.total).toBeCloseTo(16.25, 9);
    expect(json).toMatchObject({ category: 'D', answered: 2, questions: 113 });
    expect(json.components.map((c: { code: string; weight: number }) => [c.code, c.weight])).toEqual([
      ['A.', 60],
      ['B.', 40],
    ]);
    expect(json.components[1].value).toBeCloseTo(15.75, 9);
  });

  it('counts unanswered rows as 0 with --unanswered zero', async () => {
    const path = file('nol.json', '{"template": "zi-2021", "answers": {"A.I.1.i.a": "Ya"}}');
    const json = JSON.parse((await run('score', path, '--json', '--unanswered', 'zero')).out);
    expect(json.total).toBeCloseTo(0.25, 9); // (1 + 0) / 2 × 0,5
  });

  it('runs as `npx rbw` through the package bin and formats numbers the Indonesian way', async () => {
    // The real unit's answers (LibreOffice gives 95,7095 for them: test/real-workbook), read at test time.
    const answers = await writeRealAnswers(dir);
    const out = execFileSync(process.execPath, ['bin/rbw.mjs', 'score', answers], { encoding: 'utf8' });
    expect(out).toContain('Nilai total: 95,71 / 100,00');
    expect(out).toContain('Kategori: AA');
  });
});
