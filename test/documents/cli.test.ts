import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { loadAnswersFile } from '../../service/answers/load-answers-file';
import { createDocument } from '../../service/documents/create-document';
import { DOCUMENT_FORMAT_VERSION } from '../../service/documents/sqlite/migrations';
import { tempFolder } from './support';

const folder = tempFolder();
/** Our own sample unit, Dinas Contoh (examples/). */
const EXAMPLE = 'examples/dinas-contoh-zi-2021.answers.json';

/** Runs rbw as the user would; commands that edit are run as author "tester". */
async function rbw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const args = ['new', 'set', 'undo', 'redo', 'snapshot'].includes(argv[0] ?? '')
    ? [...argv, '--author=tester']
    : argv;
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), lines: out, err };
}
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('rbw on a document', () => {
  it('creates, edits, shows, undoes, snapshots and scores a document', async () => {
    const doc = join(folder, 'lke.rbw');
    expect(
      (await rbw('new', '--template', 'zi-2021', '--out', doc, '--agency', 'Kota Contoh')).lines,
    ).toEqual(['Dokumen dibuat: lke.rbw (LKE Zona Integritas 2021 (PermenPANRB 90/2021), 113 pertanyaan)']);
    expect((await rbw('set', doc, 'A.I.1.i.a', 'ya', '--note', 'SK tim terbit Maret')).lines).toEqual([
      'lke.rbw: A.I.1.i.a jawaban: – → Ya',
      'lke.rbw: A.I.1.i.a catatan: – → SK tim terbit Maret',
      'Nilai total: 0,50 / 100,00 (Kategori D)',
    ]);
    await rbw('set', doc, 'A.I.1.i.b', 'B');
    expect(
      (await rbw('set', doc, 'A.I.1.i.b', 'c', '--reviewer', '--note', 'SK belum ditandatangani')).lines,
    ).toEqual([
      'lke.rbw: A.I.1.i.b jawaban evaluator: – → C',
      'lke.rbw: A.I.1.i.b catatan evaluator: – → SK belum ditandatangani',
      'Nilai total: 0,38 / 100,00 (Kategori D); nilai evaluator: 0,00',
    ]);

    const items = JSON.parse((await rbw('show', doc, '--json')).out);
    expect(items).toHaveLength(113 + 23);
    expect(items[1]).toMatchObject({
      code: 'A.I.1.i.b',
      title: 'Penentuan anggota Tim dipilih melalui prosedur/mekanisme yang jelas',
      answerType: 'A/B/C',
      answer: 'B',
      note: null,
      reviewerAnswer: 'C',
      reviewerNote: 'SK belum ditandatangani',
      value: 0.5,
      reviewerValue: 0,
    });
    const one = JSON.parse((await rbw('show', doc, 'A.II.1.i.a', '--json')).out);
    expect(one.map((i: { code: string; kind: string }) => [i.code, i.kind])).toEqual([
      ['A.II.1.i.a', 'indicator'],
      ['A.II.1.i.a.1', 'input'],
      ['A.II.1.i.a.2', 'input'],
    ]);
    expect((await rbw('show', doc, 'A.I.1.i.a')).lines).toContain('  catatan: SK tim terbit Maret');

    const history = (await rbw('history', doc, 'A.I.1.i.b')).lines;
    expect(history).toEqual([
      expect.stringMatching(/^#3 \d{4}-\d\d-\d\d \d\d:\d\d tester {2}ubah$/),
      '    A.I.1.i.b jawaban evaluator: – → C',
      '    A.I.1.i.b catatan evaluator: – → SK belum ditandatangani',
      expect.stringMatching(/^#2 .* tester {2}ubah$/),
      '    A.I.1.i.b jawaban: – → B',
    ]);

    expect((await rbw('undo', doc, '--steps', '2')).lines).toEqual([
      'lke.rbw: 2 langkah dibatalkan (1 isian berubah)',
      'Nilai total: 0,50 / 100,00 (Kategori D)',
    ]);
    expect((await rbw('redo', doc)).lines[0]).toBe('lke.rbw: 1 langkah diulang (1 isian berubah)');

    expect((await rbw('snapshot', doc, 'dikirim ke APIP 12 Mei')).lines).toEqual([
      'Snapshot #1 "dikirim ke APIP 12 Mei" disimpan di lke.rbw (nilai total 0,38)',
    ]);
    await rbw('set', doc, 'B.I.a', '3,62');
    expect((await rbw('snapshot', doc, '--compare', 'dikirim ke APIP 12 Mei')).lines).toEqual([
      'Snapshot #1 "dikirim ke APIP 12 Mei": nilai total 0,38 → sekarang 16,21; 1 isian berbeda',
      '  B.I.a jawaban: – → 3,62',
    ]);
    expect((await rbw('snapshot', doc, '--restore', '1')).lines[0]).toBe(
      'lke.rbw: snapshot #1 dipulihkan (1 isian berubah; bisa dibatalkan dengan rbw undo)',
    );
    expect((await rbw('snapshot', doc, '--list')).lines).toEqual([
      expect.stringMatching(/^#1 .* tester {2}"dikirim ke APIP 12 Mei" {2}Nilai total 0,38$/),
    ]);
    const score = await rbw('score', doc);
    expect(score.code).toBe(0);
    expect(score.lines[0]).toBe('LKE Zona Integritas 2021 (PermenPANRB 90/2021) — lke.rbw');
    expect(score.lines[1]).toBe('Nilai total: 0,38 / 100,00    Kategori: D');
  });

  it('scores a document exactly as the answers file it was made from', async () => {
    const loaded = await loadAnswersFile(EXAMPLE);
    const doc = join(folder, 'contoh.rbw');
    const records = Object.fromEntries(
      Object.entries(loaded.file.answers).map(([id, entry]) => [
        id,
        typeof entry === 'object' && entry !== null
          ? { answer: entry.answer ?? null, note: entry.note ?? null, evidence: entry.evidence ?? [] }
          : { answer: entry },
      ]),
    );
    await createDocument(doc, { template: loaded.template, records });
    const fromDocument = JSON.parse((await rbw('score', doc, '--json')).out);
    const fromFile = JSON.parse((await rbw('score', EXAMPLE, '--json')).out);
    expect({ ...fromDocument, file: null }).toEqual({ ...fromFile, file: null });
    expect(fromDocument.answered).toBe(113);
  });
});

describe('rbw on bad input', () => {
  const made = async (name: string) => {
    const doc = join(folder, name);
    await rbw('new', '--template', 'zi-2021', '--out', doc);
    return doc;
  };

  it('names the file and field of an unknown code or an answer outside its options, and changes nothing', async () => {
    const doc = await made('salah.rbw');
    const unknown = await rbw('set', doc, 'A.IX.9', 'Ya');
    expect(unknown).toMatchObject({
      code: 1,
      err: ['rbw set: salah.rbw: A.IX.9.answer: kode "A.IX.9" tidak ada di template'],
    });
    const option = await rbw('set', doc, 'A.I.1.i.b', 'D', '--lang=en');
    expect(option).toMatchObject({
      code: 1,
      err: ['rbw set: salah.rbw: A.I.1.i.b.answer: answer "D" is not one of the options (A, B, C)'],
    });
    const shown = await rbw('show', doc, 'A.IX.9');
    expect(shown.err).toEqual(['rbw show: salah.rbw: A.IX.9: kode "A.IX.9" tidak ada di template']);
    expect((await rbw('history', doc)).lines).toEqual(['Belum ada riwayat perubahan']);
  });

  it('names a missing file, a file that is not SQLite and a document from a newer version', async () => {
    const missing = join(folder, 'tidak-ada.rbw');
    expect(await rbw('show', missing)).toMatchObject({
      code: 1,
      err: [`rbw show: ${missing}: berkas tidak ditemukan`],
    });
    const text = join(folder, 'catatan.rbw');
    writeFileSync(text, 'bukan database');
    expect(await rbw('set', text, 'A.I.1.i.a', 'Ya')).toMatchObject({
      code: 1,
      err: ['rbw set: catatan.rbw: bukan dokumen RB Workbench (bukan berkas SQLite); buka berkas .rbw'],
    });
    const newer = await made('baru.rbw');
    const db = new Database(newer);
    db.pragma(`user_version = ${DOCUMENT_FORMAT_VERSION + 1}`);
    db.close();
    const before = hash(newer);
    const refused = await rbw('set', newer, 'A.I.1.i.a', 'Ya');
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual([
      `rbw set: baru.rbw: dokumen dibuat oleh versi RB Workbench yang lebih baru (format ${DOCUMENT_FORMAT_VERSION + 1}; versi ini sampai format ${DOCUMENT_FORMAT_VERSION}); perbarui aplikasi. Dokumen tidak diubah`,
    ]);
    expect(hash(newer)).toBe(before);
    expect((await rbw('score', newer)).code).toBe(1);
  });

  it('refuses to overwrite a file with rbw new and needs something to set', async () => {
    const doc = await made('ada.rbw');
    expect(await rbw('new', '--template', 'zi-2021', '--out', doc)).toMatchObject({
      code: 1,
      err: ['rbw new: ada.rbw: berkas sudah ada; pilih nama lain'],
    });
    expect((await rbw('set', doc, 'A.I.1.i.a')).code).toBe(2);
    expect((await rbw('new', '--out', doc)).code).toBe(2);
  });
});
