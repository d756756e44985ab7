import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { tempFolder } from '../documents/support';

const folder = tempFolder();

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

const SKM_HEADERS = [
  'Jenis Layanan',
  'Persyaratan',
  'Sistem, Mekanisme, dan Prosedur',
  'Waktu Penyelesaian',
  'Biaya/Tarif',
  'Produk Spesifikasi Jenis Pelayanan',
  'Kompetensi Pelaksana',
  'Perilaku Pelaksana',
  'Sarana dan Prasarana',
  'Penanganan Pengaduan, Saran dan Masukan',
];

describe('rbw survey', () => {
  it('imports an SKM, shows its IKM as JSON, binds and reports it', async () => {
    const doc = join(folder, 'zi.rbw');
    expect((await run('new', '--template', 'zi-2021', '--out', doc)).code).toBe(0);
    const csv = join(folder, 'skm.csv');
    // By hand: Persyaratan (4+3+2)/3 = 3 (one blank); the others (4+3+3)/3 except Biaya (4+3+4)/3,
    // Sarana (4+3+2)/3 and a 5 in row 5 leaves that respondent out.
    writeFileSync(
      csv,
      [
        SKM_HEADERS.join(';'),
        'KTP;4;4;4;4;4;4;4;4;4',
        'KK;3;3;3;3;3;3;3;3;3',
        'KTP;2;3;3;4;3;3;3;2;3',
        'KK;4;5;4;4;4;4;4;4;4',
        'KTP;;4;4;4;4;4;4;4;4',
      ].join('\n'),
    );
    const imported = await run(
      'survey',
      'import',
      doc,
      csv,
      '--kind',
      'skm',
      '--name',
      'SKM 2026',
      '--population',
      '30',
      '--yes',
    );
    expect(imported.code).toBe(0);
    expect(imported.err).toContain(
      'rbw survey: ' +
        csv +
        ': baris 5 dilewati: kolom C ("Sistem, Mekanisme, dan Prosedur") berisi 5, di luar skala',
    );
    expect(imported.err.some((l) => l.includes('kurang dari sampel 28 untuk populasi 30'))).toBe(true);

    const shown = await run('survey', 'show', doc, '--json');
    expect(shown.code).toBe(0);
    const json = JSON.parse(shown.out) as {
      surveys: {
        name: string;
        kind: string;
        respondents: number;
        index: number;
        category: string;
        elements: { name: string; nrr: number }[];
      }[];
    };
    const [skm] = json.surveys;
    expect(Object.keys(skm ?? {})).toEqual(['name', 'kind', 'respondents', 'index', 'category', 'elements']);
    expect(skm).toMatchObject({ name: 'SKM 2026', kind: 'skm', respondents: 4, category: 'B (Baik)' });
    // NRR: Persyaratan 9/3; Prosedur 14/4; Waktu 14/4; Biaya 15/4; Produk 14/4; Kompetensi 14/4;
    // Perilaku 14/4; Sarana 13/4; Pengaduan 14/4 → Σ = 31 → IKM 31 ÷ 9 × 25 = 86,111…
    const nrr = Object.fromEntries(skm?.elements.map((e) => [e.name, e.nrr]) ?? []);
    expect(nrr).toEqual({
      Persyaratan: 3,
      'Sistem, Mekanisme, dan Prosedur': 3.5,
      'Waktu Penyelesaian': 3.5,
      'Biaya/Tarif': 3.75,
      'Produk Spesifikasi Jenis Pelayanan': 3.5,
      'Kompetensi Pelaksana': 3.5,
      'Perilaku Pelaksana': 3.5,
      'Penanganan Pengaduan, Saran dan Masukan': 3.5,
      'Sarana dan Prasarana': 3.25,
    });
    expect(skm?.index).toBeCloseTo((31 / 9) * 25, 12);

    const bound = await run('survey', 'bind', doc, 'SKM 2026', '--to', 'B.II.a');
    expect(bound.code).toBe(0);
    // IKM ÷ 25 = 3,4444 on the 0–4 question → 3,4444 ÷ 4 × 17,5 = 15,06925 points.
    const score = await run('score', doc, '--json');
    const total = (JSON.parse(score.out) as { total: number }).total;
    expect(total).toBeCloseTo((3.4444 / 4) * 17.5, 9);

    const report = await run('survey', 'report', doc);
    expect(report.out).toContain('SKM 2026 (SKM): 4 responden, IKM 86,11 — B (Baik)');
    expect(report.out).toContain('IKM = Σ (NRR × 1/9) × 25');
    expect(report.out).toContain('KTP: 3 responden, 89,81 — A (Sangat Baik)');
    expect(report.out).toContain('KK: 1 responden, 75,00 — C (Kurang Baik)');
  });

  it('refuses a bad file in one line per problem and stores nothing', async () => {
    const doc = join(folder, 'refused.rbw');
    await run('new', '--template', 'zi-2021', '--out', doc);
    const csv = join(folder, 'bad.csv');
    writeFileSync(csv, [SKM_HEADERS.join(';'), 'KTP;Lumayan;4;4;4;4;4;4;4;4'].join('\n'));
    const result = await run('survey', 'import', doc, csv, '--kind', 'skm', '--yes');
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      'rbw survey: bad.csv: kolom B ("Persyaratan"): jawaban bukan pada skala 1–4: "Lumayan" (baris 2) (+0 lainnya); periksa --scale',
    ]);
    expect(JSON.parse((await run('survey', 'show', doc, '--json')).out)).toEqual({ surveys: [] });
    const unconfirmed = await run('survey', 'import', doc, join(folder, 'skm.csv'), '--kind', 'skm');
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.err.at(-1)).toBe(
      'rbw survey: refused.rbw: pencocokan kolom belum dikonfirmasi; jalankan lagi dengan --yes untuk menerimanya',
    );
  });
});
