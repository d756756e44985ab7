import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { api, tempFolder } from '../documents/support';

const folder = tempFolder();
const ZI_2021 = '../shared/reference/workbooks/lke-zi-2021-filled.xlsx';
const BPS_2015 = '../shared/reference/workbooks/lke-rb-2015-bps.xlsx';

async function rbw(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const edits = ['new', 'set', 'followup'].includes(argv[0] ?? '');
  const code = await main(edits ? [...argv, '--author=tester'] : argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join('\n'), lines: out, err };
}

interface ShownItem {
  code: string;
  kind: string;
  answer: string | number | null;
  lastYear?: { answer: string | number | null; value: number | null; note: string | null } | null;
  fromLastYear?: boolean;
}

describe("a ZI 2026 document started from last year's ZI 2021 workbook", () => {
  const doc = join(folder, 'lke-2026.rbw');
  let created: Awaited<ReturnType<typeof rbw>>;

  it('carries at least 119 of the 127 answers and lists the rest by code and title at the end', async () => {
    created = await rbw(
      'new',
      '--template',
      'zi-2026',
      '--from',
      ZI_2021,
      '--out',
      doc,
      '--agency',
      'Kab. Contoh',
    );
    expect(created.code, created.err.join('\n')).toBe(0);
    const carried = /(\d+) dari 127 pertanyaan dan isian Jumlah membawa jawaban tahun lalu/.exec(created.out);
    expect(Number(carried?.[1])).toBeGreaterThanOrEqual(119);
    // The LHKPN and non-LHKPN counts moved by the table of known renames are listed for checking …
    expect(created.out).toMatch(/A\.II\.5\.iii\.a\.a\.1 +← A\.II\.5\.iii\.i\.a\.1/);
    expect(created.out).toMatch(/A\.II\.5\.iii\.b\.a\.1 +← A\.II\.5\.iii\.b\.a\.2/);
    // … and 2021's count of those who must report non-LHKPN, which 2026 adds up itself, is the last line.
    expect(created.lines.at(-2)).toBe('Pertanyaan tahun lalu tanpa tempat tahun ini (1):');
    expect(created.lines.at(-1)).toMatch(
      /^ {2}A\.II\.5\.iii\.b\.a\.1 +Jumlah yang harus melaporkan \(ASN tidak wajib LHKPN\)$/,
    );
  });

  it("gives every carried item last year's answer, value and note, marked as from last year", async () => {
    const shown = await rbw('show', doc, '--json');
    const items = JSON.parse(shown.out) as ShownItem[];
    const byCode = new Map(items.map((i) => [i.code, i]));
    // Read off the workbook's LKE ZI sheet (rows 8 and 9): "Ya", and "A" worth 1.
    expect(byCode.get('A.I.1.i.a')).toMatchObject({
      answer: 'Ya',
      lastYear: { answer: 'Ya' },
      fromLastYear: true,
    });
    expect(byCode.get('A.I.1.i.b')).toMatchObject({
      answer: 'A',
      lastYear: { answer: 'A', value: 1 },
      fromLastYear: true,
    });
    const withAnswer = items.filter((i) => i.lastYear?.answer !== null && i.lastYear?.answer !== undefined);
    expect(withAnswer.length).toBeGreaterThanOrEqual(119);
  });

  it("keeps last year's totals as the workbook computed them", async () => {
    const scored = JSON.parse((await rbw('score', doc, '--json')).out) as {
      lastYear: { total: number; label: string; nodes: Record<string, number> };
    };
    expect(scored.lastYear.total).toBe(95.5762);
    expect(scored.lastYear.label).toBe('2021');
    // Excel's cached values on the workbook's "Utama" sheet: Pengungkit 55,5762; Reform › Manajemen
    // Perubahan 3,1429; Reform › Penguatan Pengawasan 4,7333.
    expect(scored.lastYear.nodes['A']).toBeCloseTo(55.5762, 4);
    expect(scored.lastYear.nodes['A.II.1']).toBeCloseTo(3.1429, 4);
    expect(scored.lastYear.nodes['A.II.5']).toBeCloseTo(4.7333, 4);
  });

  it('stops marking an answer once it is confirmed or changed', async () => {
    const call = api();
    const view = await call('documents.open', { path: doc });
    const before = await call('yearly.view', { documentId: view.documentId });
    expect(before.unconfirmed).toContain('A.I.1.i.b');
    await call('records.set', {
      documentId: view.documentId,
      itemId: 'A.I.1.i.b',
      field: 'answer',
      value: 'B',
    });
    const confirmed = await call('yearly.confirm', { documentId: view.documentId, itemIds: ['A.I.1.i.a'] });
    expect(confirmed.confirmed).toBe(1);
    expect(confirmed.unconfirmed).not.toContain('A.I.1.i.a');
    expect(confirmed.unconfirmed).not.toContain('A.I.1.i.b');
    // Undoing the change brings last year's answer back, unconfirmed again.
    await call('history.undo', { documentId: view.documentId });
    expect((await call('yearly.view', { documentId: view.documentId })).unconfirmed).toContain('A.I.1.i.b');
    await call('documents.close', { documentId: view.documentId });
  });
});

describe("starting from last year's document", () => {
  it("keeps the workbook's own total of a document imported from last year's workbook", async () => {
    const imported = join(folder, 'lke-2021.rbw');
    expect((await rbw('import', ZI_2021, '--out', imported)).code).toBe(0);
    const doc = join(folder, 'lke-2026-dari-impor.rbw');
    const made = await rbw('new', '--template', 'zi-2026', '--from', imported, '--out', doc);
    expect(made.code, made.err.join('\n')).toBe(0);
    const scored = JSON.parse((await rbw('score', doc, '--json')).out) as {
      lastYear: { total: number; rule: string };
    };
    expect(scored.lastYear).toMatchObject({ total: 95.5762, rule: 'workbook' });
  });

  it("carries answers, notes and pokja, proposes last year's reviewer notes, keeps last year's total", async () => {
    const last = join(folder, 'lke-2025.rbw');
    expect(
      (await rbw('new', '--template', 'zi-2021', '--out', last, '--agency', 'Kota Contoh', '--year', '2025'))
        .code,
    ).toBe(0);
    await rbw('set', last, 'A.I.1.i.a', 'ya', '--note', 'SK tim terbit Maret');
    await rbw('set', last, 'A.I.1.i.a', '--pokja', 'Pokja 1');
    await rbw('set', last, 'A.I.1.i.a', 'Tidak', '--reviewer', '--note', 'SK belum ditandatangani');
    const doc = join(folder, 'lke-2026-dari-rbw.rbw');
    const made = await rbw('new', '--template', 'zi-2021', '--from', last, '--out', doc);
    expect(made.code, made.err.join('\n')).toBe(0);
    expect(made.out).toContain('1 dari 128 pertanyaan');
    expect(made.out).toContain('1 catatan reviewer tahun lalu menjadi usulan rekomendasi');
    const items = JSON.parse((await rbw('show', doc, 'A.I.1.i.a', '--json')).out) as ShownItem[];
    expect(items[0]).toMatchObject({
      answer: 'Ya',
      lastYear: { answer: 'Ya', value: 1, note: 'SK tim terbit Maret' },
      fromLastYear: true,
    });
    // Ya on A.I.1.i.a alone: sub-area i. (weight 0,5) averages 1 → 0,5 (as `rbw set` shows it).
    const scored = JSON.parse((await rbw('score', doc, '--json')).out) as { lastYear: { total: number } };
    expect(scored.lastYear.total).toBe(0.5);
    const followups = JSON.parse((await rbw('followup', doc, '--json')).out) as {
      text: string;
      targetId: string;
      proposed: boolean;
      source: string;
      pokja: string;
    }[];
    expect(followups).toMatchObject([
      {
        text: 'SK belum ditandatangani',
        targetId: 'A.I.1.i.a',
        proposed: true,
        source: 'reviewer-note',
        pokja: 'Pokja 1',
      },
    ]);
    // The metadata: last year's agency, the next year.
    const view = await api()('documents.open', { path: doc });
    expect(view.metadata).toMatchObject({ agency: 'Kota Contoh', year: 2026 });
  });

  it('refuses a missing last year with one line naming it, and makes nothing', async () => {
    const doc = join(folder, 'tidak-jadi.rbw');
    const refused = await rbw(
      'new',
      '--template',
      'zi-2021',
      '--from',
      join(folder, 'tidak-ada.rbw'),
      '--out',
      doc,
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toHaveLength(1);
    expect(refused.err[0]).toContain('tidak-ada.rbw');
    expect(existsSync(doc)).toBe(false);
  });
});

describe('a ZI 2021 document started from a two-year RB 2015 workbook (another model)', () => {
  it('maps what matches by text and lists the rest without error', async () => {
    const doc = join(folder, 'zi-dari-rb.rbw');
    const made = await rbw('new', '--template', 'zi-2021', '--from', BPS_2015, '--out', doc);
    expect(made.code, made.err.join('\n')).toBe(0);
    // Read off both templates by hand: the same sentence in both models.
    expect(made.out).toMatch(
      /Dicocokkan: 0 menurut tabel perubahan model, 0 kode dan teks sama, [1-9]\d* teks sama/,
    );
    expect(made.out).toMatch(
      /A\.I\.6\.iv\.c ← A\.VIII\.4\.c \(0,9\d\) Dilakukan tindak lanjut atas hasil survei kepuasan masyarakat/,
    );
    expect(made.out).toMatch(/Tanpa jawaban tahun lalu \(\d+\):/);
    expect(made.out).toMatch(/Pertanyaan tahun lalu tanpa tempat tahun ini \(\d+\):/);
  });
});

describe('rbw followup', () => {
  it('adds, lists, filters overdue and marks a recommendation done with evidence', async () => {
    const doc = join(folder, 'tindak-lanjut.rbw');
    await rbw('new', '--template', 'zi-2021', '--out', doc);
    expect((await rbw('followup', doc)).lines).toEqual(['Belum ada rekomendasi']);
    expect(
      (
        await rbw(
          'followup',
          doc,
          'add',
          'Lengkapi SK tim',
          '--on',
          'A.I.1.i',
          '--pokja',
          'Pokja 1',
          '--due',
          '2020-05',
        )
      ).lines,
    ).toEqual(['Rekomendasi #1 ditambahkan']);
    await rbw('followup', doc, 'add', 'Survei internal tiap semester', '--due', '2999-12');
    const overdue = JSON.parse((await rbw('followup', doc, '--overdue', '--json')).out) as {
      id: number;
      overdue: boolean;
    }[];
    expect(overdue.map((r) => r.id)).toEqual([1]);
    await rbw('followup', doc, 'set', '1', '--status', 'selesai', '--evidence', 'SK Nomor 12/2020');
    const after = JSON.parse((await rbw('followup', doc, '--json')).out) as {
      id: number;
      status: string;
      evidence: string;
      overdue: boolean;
    }[];
    expect(after[0]).toMatchObject({
      id: 1,
      status: 'selesai',
      evidence: 'SK Nomor 12/2020',
      overdue: false,
    });
    expect((await rbw('followup', doc, '--overdue', '--json')).out).toBe('[]');
    const pokja = JSON.parse((await rbw('followup', doc, '--pokja', 'Pokja 1', '--json')).out) as unknown[];
    expect(pokja).toHaveLength(1);
  });

  it('refuses an unknown question, an unknown recommendation and a bad month, changing nothing', async () => {
    const doc = join(folder, 'tindak-lanjut-salah.rbw');
    await rbw('new', '--template', 'zi-2021', '--out', doc);
    const unknownCode = await rbw('followup', doc, 'add', 'x', '--on', 'Z.9');
    expect(unknownCode.code).toBe(1);
    expect(unknownCode.err).toHaveLength(1);
    expect(unknownCode.err[0]).toContain('Z.9');
    const unknownId = await rbw('followup', doc, 'set', '7', '--status', 'proses');
    expect(unknownId.code).toBe(1);
    expect(unknownId.err[0]).toContain('#7');
    expect((await rbw('followup', doc, 'add', 'x', '--due', '2026-13')).code).toBe(2);
    expect((await rbw('followup', doc)).lines).toEqual(['Belum ada rekomendasi']);
  });
});
