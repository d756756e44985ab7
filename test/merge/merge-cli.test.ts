import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';

const folder = mkdtempSync(join(tmpdir(), 'rbw-merge-'));
const doc = join(folder, 'lke.rbw');

/** Runs rbw as a user would; edits and merges by "koordinator" unless another author is given. */
async function rbw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const edits = ['new', 'set', 'merge', 'undo'].includes(argv[0] ?? '');
  const args =
    edits && !argv.some((a) => a.startsWith('--author')) ? [...argv, '--author=koordinator'] : argv;
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, lines: out, err };
}

/** Sets cells of the LKE sheet of a pokja's file (by A1 address) and saves it under a new name. */
async function fill(from: string, to: string, cells: Record<string, ExcelJS.CellValue>) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(from);
  const sheet = workbook.getWorksheet('LKE') as ExcelJS.Worksheet;
  for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  await workbook.xlsx.writeFile(to);
  return to;
}

/** Every item of the document as `rbw show --json` lists it, without its values (the records only). */
async function records(path = doc) {
  const shown = await rbw('show', path, '--json');
  const items = JSON.parse(shown.lines.join('\n')) as Record<string, unknown>[];
  return items.map(({ value: _v, reviewerValue: _r, ...record }) => record);
}

const answerOf = async (code: string, path = doc) =>
  (await records(path)).find((r) => r.code === code)?.answer ?? null;

async function historyLength(path = doc) {
  return JSON.parse((await rbw('history', path, '--json', '--limit', '1000')).lines.join('\n')).entries
    .length as number;
}

describe('rbw merge: the coordinator’s worst day (issue 14)', () => {
  const exported = join(folder, 'pokja-1.xlsx');

  it('exports Pokja 1 and merges a filled copy', async () => {
    await rbw('new', '--template', 'zi-2021', '--out', doc);
    await rbw('set', doc, 'A.I.1.i.a', '--pokja', 'Pokja 1');
    expect((await rbw('export', doc, '--out', exported, '--pokja', 'Pokja 1')).code).toBe(0);
    // The pokja's file as the export lays it out: A.I.1.i.a on row 8 … A.I.1.iii.c on row 17.
    const layout = new ExcelJS.Workbook();
    await layout.xlsx.readFile(exported);
    const codes = layout.getWorksheet('LKE') as ExcelJS.Worksheet;
    expect([8, 9, 11, 12, 13, 17].map((r) => codes.getCell(`A${r}`).value)).toEqual([
      'A.I.1.i.a',
      'A.I.1.i.b',
      'A.I.1.ii.a',
      'A.I.1.ii.b',
      'A.I.1.ii.c',
      'A.I.1.iii.c',
    ]);
    const filled = await fill(exported, join(folder, 'pokja-1-isi.xlsx'), {
      K8: 'Ya',
      K9: 'A',
      K11: 'Ya',
      K12: 'B',
      K13: 'A',
      O8: 'SK tim terbit Maret',
      P9: 'SK Tim Kerja ZI',
      Q9: { text: 'https://drive.example/sk-tim', hyperlink: 'https://drive.example/sk-tim' },
    });
    const merged = await rbw('merge', doc, filled);
    expect(merged).toMatchObject({ code: 0, err: [] });
    expect(merged.lines[0]).toBe(
      '7 isian dari pokja-1-isi.xlsx (pokja Pokja 1) digabungkan ke lke.rbw sebagai satu tindakan; batalkan dengan rbw undo',
    );
  });

  it('keeps the coordinator’s B and blanks nothing when a stale copy comes back; the conflict is shown and nothing written', async () => {
    await rbw('set', doc, 'A.I.1.iii.c', 'B');
    const before = await records();
    const total = (await rbw('score', doc)).lines[0];
    const steps = await historyLength();
    // A second, unfilled copy of the same export, in which only K17 (A.I.1.iii.c) was set to D.
    const stale = await fill(exported, join(folder, 'pokja-1-lama.xlsx'), { K17: 'D' });

    const preview = await rbw('merge', doc, stale, '--dry-run', '--json');
    expect(preview.code).toBe(0);
    const outcome = JSON.parse(preview.lines.join('\n'));
    expect(outcome).toMatchObject({ baseKnown: true, changes: [], unresolved: 1, applied: false });
    expect(outcome.conflicts).toEqual([
      expect.objectContaining({
        itemId: 'A.I.1.iii.c',
        field: 'answer',
        base: null,
        ours: 'B',
        theirs: 'D',
        row: 17,
        changedBy: 'koordinator',
      }),
    ]);

    const refused = await rbw('merge', doc, stale);
    expect(refused.code).toBe(3);
    expect(refused.lines).toHaveLength(1);
    expect(refused.lines[0]).toMatch(
      /^A\.I\.1\.iii\.c jawaban: dasar – · dokumen B \(diubah koordinator, .+\) · berkas D \(baris 17\)$/,
    );
    expect(refused.err).toEqual([
      '1 konflik di pokja-1-lama.xlsx: isian yang diubah di dokumen dan di berkas dengan nilai berbeda; tidak ada yang ditulis. Pilih dengan --take theirs (nilai berkas) atau --take mine (nilai dokumen)',
    ]);
    // Nothing written: the same records, the same total, no new history entry.
    expect(await records()).toEqual(before);
    expect((await rbw('score', doc)).lines[0]).toBe(total);
    expect(await historyLength()).toBe(steps);

    // Keeping the document's side: nothing to do, nothing blanked.
    expect((await rbw('merge', doc, stale, '--take', 'mine')).lines).toEqual([
      'tidak ada perubahan di pokja-1-lama.xlsx (pokja Pokja 1); dokumen tidak diubah',
    ]);
    expect(await records()).toEqual(before);

    // Choosing the file's D: only that field changes, as one action named after the file and pokja.
    const taken = await rbw('merge', doc, stale, '--take', 'theirs');
    expect(taken.code).toBe(0);
    expect(taken.lines[0]).toBe(
      '1 isian dari pokja-1-lama.xlsx (pokja Pokja 1) digabungkan ke lke.rbw sebagai satu tindakan; batalkan dengan rbw undo',
    );
    const after = await records();
    expect(after.find((r) => r.code === 'A.I.1.iii.c')?.answer).toBe('D');
    expect(after.filter((r) => r.code !== 'A.I.1.iii.c')).toEqual(
      before.filter((r) => r.code !== 'A.I.1.iii.c'),
    );
    const history = JSON.parse((await rbw('history', doc, '--json')).lines.join('\n')).entries;
    expect(history[0]).toMatchObject({
      kind: 'merge',
      label: 'pokja-1-lama.xlsx (Pokja 1)',
      author: 'koordinator',
      changes: [{ itemId: 'A.I.1.iii.c', field: 'answer', before: 'B', after: 'D' }],
    });
    expect((await rbw('history', doc)).lines[0]).toMatch(
      /koordinator {2}gabung "pokja-1-lama.xlsx \(Pokja 1\)"$/,
    );
    expect((await rbw('undo', doc)).code).toBe(0);
    expect(await records()).toEqual(before);
  });

  it('refuses a pokja file of another document or another template, naming both', async () => {
    const other = join(folder, 'lain.rbw');
    await rbw('new', '--template', 'zi-2021', '--out', other);
    await rbw('set', other, 'A.I.1.i.a', '--pokja', 'Pokja 1');
    await rbw('export', other, '--out', join(folder, 'lain-pokja-1.xlsx'), '--pokja', 'Pokja 1');
    expect(await rbw('merge', doc, join(folder, 'lain-pokja-1.xlsx'))).toEqual({
      code: 1,
      lines: [],
      err: [
        'rbw merge: lain-pokja-1.xlsx: lembar "LKE": berkas dibuat dari dokumen lain.rbw (template zi-2021), bukan dari lke.rbw (template zi-2021); tidak digabungkan',
      ],
    });
    const portal = join(folder, 'lke-2026.rbw');
    await rbw('new', '--template', 'zi-2026', '--out', portal);
    const refused = await rbw('merge', portal, exported);
    expect(refused.code).toBe(1);
    expect(refused.err[0]).toContain('lke.rbw');
    expect(refused.err[0]).toContain('zi-2021');
    expect(refused.err[0]).toContain('lke-2026.rbw');
    expect(refused.err[0]).toContain('zi-2026');
  });

  it('merges a file without a base only by choice, and never blanks a value with an empty cell unless asked', async () => {
    // An older export: no identity, no base sheet.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported);
    workbook.removeWorksheet((workbook.getWorksheet('rbw-base') as ExcelJS.Worksheet).id);
    const meta = workbook.getWorksheet('rbw') as ExcelJS.Worksheet;
    meta.getCell('B2').value = '1';
    meta.spliceRows(7, 2);
    const sheet = workbook.getWorksheet('LKE') as ExcelJS.Worksheet;
    sheet.getCell('K15').value = 'C';
    const old = join(folder, 'pokja-1-versi-lama.xlsx');
    await workbook.xlsx.writeFile(old);
    const before = await records();

    const refused = await rbw('merge', doc, old);
    expect(refused.code).toBe(3);
    expect(refused.lines.map((l) => l.split(' ')[0])).toEqual(['A.I.1.iii.a']);
    expect(refused.err[0]).toContain('tidak membawa dasar ekspor');
    // The answers, note and evidence merged before and the coordinator's B are blank in this file: kept.
    expect(refused.err[1]).toBe(
      '8 sel kosong di pokja-1-versi-lama.xlsx tidak menghapus isian dokumen (tambahkan --allow-blank untuk menghapusnya)',
    );
    expect(await records()).toEqual(before);

    expect((await rbw('merge', doc, old, '--take', 'theirs')).code).toBe(0);
    expect(await answerOf('A.I.1.iii.a')).toBe('C');
    expect(await answerOf('A.I.1.i.a')).toBe('Ya');

    const blanked = await rbw('merge', doc, old, '--take', 'theirs', '--allow-blank');
    expect(blanked.lines[0]).toMatch(/^8 isian dari pokja-1-versi-lama.xlsx/);
    expect(await answerOf('A.I.1.i.a')).toBe(null);
    await rbw('undo', doc, '--steps', '2');
    expect(await records()).toEqual(before);
  });
});

describe('rbw merge DOC OTHER.rbw: two copies that went separate ways', () => {
  it('finds the common base in the shared history, shows the conflicts, and undo restores exactly', async () => {
    const office = join(folder, 'kantor.rbw');
    await rbw('new', '--template', 'zi-2021', '--out', office);
    await rbw('set', office, 'A.I.1.i.a', 'ya', '--note', 'SK tim terbit Maret');
    await rbw('set', office, 'A.I.1.i.b', 'B');
    // A laptop copy taken to the field.
    const field = join(folder, 'lapangan.rbw');
    copyFileSync(office, field);
    // In the office: a new answer, and A.I.1.i.b changed to C.
    await rbw('set', office, 'A.I.1.ii.a', 'ya');
    await rbw('set', office, 'A.I.1.i.b', 'C');
    // In the field, by another person: a note, an answer the office also gave, and A.I.1.i.b to A.
    await rbw('set', field, 'A.I.1.i.a', '--note', 'SK tim diperbarui Juni', '--author', 'pokja');
    await rbw('set', field, 'A.I.1.ii.a', 'ya', '--author', 'pokja');
    await rbw('set', field, 'A.I.1.iii.a', 'A', '--author', 'pokja');
    await rbw('set', field, 'A.I.1.i.b', 'A', '--author', 'pokja');
    const before = await records(office);
    const steps = await historyLength(office);

    const refused = await rbw('merge', office, field);
    expect(refused.code).toBe(3);
    expect(refused.lines).toHaveLength(1);
    expect(refused.lines[0]).toMatch(
      /^A\.I\.1\.i\.b jawaban: dasar B · dokumen C \(diubah koordinator, .+\) · berkas A$/,
    );
    expect(await records(office)).toEqual(before);
    expect(await historyLength(office)).toBe(steps);

    const preview = JSON.parse((await rbw('merge', office, field, '--dry-run', '--json')).lines.join('\n'));
    expect(preview.changes).toEqual([
      { itemId: 'A.I.1.i.a', field: 'note', before: 'SK tim terbit Maret', after: 'SK tim diperbarui Juni' },
      { itemId: 'A.I.1.iii.a', field: 'answer', before: null, after: 'A' },
    ]);
    expect(preview.conflicts[0]).toMatchObject({ base: 'B', ours: 'C', theirs: 'A', theirsBy: 'pokja' });

    const merged = await rbw('merge', office, field, '--take', 'mine');
    expect(merged.lines[0]).toBe(
      '2 isian dari lapangan.rbw digabungkan ke kantor.rbw sebagai satu tindakan; batalkan dengan rbw undo',
    );
    expect(await answerOf('A.I.1.iii.a', office)).toBe('A');
    expect(await answerOf('A.I.1.i.b', office)).toBe('C');
    expect((await rbw('undo', office)).code).toBe(0);
    expect(await records(office)).toEqual(before);
    // The field copy is only read.
    expect(await answerOf('A.I.1.i.b', field)).toBe('A');
  });

  it('refuses another document and the document itself', async () => {
    expect((await rbw('merge', doc, join(folder, 'kantor.rbw'))).err[0]).toContain(
      'berkas dibuat dari dokumen kantor.rbw (template zi-2021), bukan dari lke.rbw',
    );
    expect((await rbw('merge', doc, doc)).code).toBe(1);
    expect((await rbw('merge', doc, join(folder, 'lapangan.rbw'), '--take', 'both')).code).toBe(2);
  });
});
