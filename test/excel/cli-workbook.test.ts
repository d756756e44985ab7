import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import type { FixtureManifest } from '../fixtures/workbooks/generate';
import { ensureFixtures } from '../fixtures/workbooks/ensure-fixtures';
import { REAL_WORKBOOK } from '../fixtures/workbooks/reference-models';

let manifest: FixtureManifest;
beforeAll(async () => {
  manifest = await ensureFixtures();
});

async function rbw(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('rbw score FILE.xlsx', () => {
  it('prints the workbook’s own total to 4 decimals with --rule workbook --json', async () => {
    const { code, out } = await rbw('score', REAL_WORKBOOK, '--rule', 'workbook', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out.join('\n'));
    expect(json.total).toBe(95.5762);
    expect(json.totals).toMatchObject({ workbook: 95.5762, standard: 95.7095, difference: -0.1333 });
    expect(json.components.map((c: { id: string }) => c.id)).toEqual(['A', 'B']);
  });

  it('prints the regulation’s total with --rule standard', async () => {
    const { out } = await rbw('score', REAL_WORKBOOK, '--rule', 'standard', '--json');
    expect(JSON.parse(out.join('\n')).total).toBe(95.7095);
  });

  it('shows both totals and their difference the Indonesian way', async () => {
    const { code, out } = await rbw('score', REAL_WORKBOOK);
    expect(code).toBe(0);
    expect(out).toContain('Nilai total (rumus workbook): 95,58');
    expect(out).toContain('Nilai total (aturan standar): 95,71');
    expect(out).toContain('Selisih (workbook − standar): −0,13');
  });

  it('shows last year’s totals beside this year’s, in the human output and in --json', async () => {
    const file = manifest.lke['rb-older-two-years']?.file as string;
    const human = await rbw('score', file);
    expect(
      human.out.some((l) =>
        /^Tahun lalu \(2022\): \d+,\d\d \(rumus workbook\), \d+,\d\d \(aturan standar\)$/.test(l),
      ),
    ).toBe(true);
    const json = JSON.parse((await rbw('score', file, '--json')).out.join('\n'));
    expect(json.priorYear).toMatchObject({
      year: 2022,
      totals: { workbook: expect.any(Number), standard: expect.any(Number) },
    });
  });

  it('calls a total Excel shows as #DIV/0! incomplete and names the empty sub-area', async () => {
    const { code, out } = await rbw('score', manifest.lke['zi-2021-empty-subarea']?.file as string);
    expect(code).toBe(0);
    expect(out[0]).toBe(
      'Nilai total (rumus workbook): belum lengkap (Excel menampilkan #DIV/0! untuk nilai total)',
    );
    expect(out.some((l) => l.includes('A.I.1.ii Rencana Pembangunan Zona Integritas'))).toBe(true);
    const json = JSON.parse(
      (await rbw('score', manifest.lke['zi-2021-empty-subarea']?.file as string, '--json')).out.join('\n'),
    );
    expect(json).toMatchObject({ total: null, totals: { workbook: null, workbookError: '#DIV/0!' } });
    expect(json.incomplete).toEqual([
      { id: 'A.I.1.ii', title: 'Rencana Pembangunan Zona Integritas', cell: 'L10' },
    ]);
  });

  it('refuses a broken file with one line naming it (exit code 1)', async () => {
    const { code, out, err } = await rbw('score', manifest.broken['renamed-pdf.xlsx'] as string);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'rbw score: renamed-pdf.xlsx: berkas ini dokumen PDF, bukan buku kerja Excel; pilih berkas LKE .xlsx',
    ]);
  });

  it('refuses an unknown rule (exit code 2)', async () => {
    expect((await rbw('score', REAL_WORKBOOK, '--rule', 'excel')).code).toBe(2);
  });
});

describe('rbw score DOC.rbw of a document imported from a workbook', () => {
  it('leads with the workbook’s formulas, gives both totals, and puts the regulation’s first with --rule standard', async () => {
    const doc = join(mkdtempSync(join(tmpdir(), 'rbw-rule-')), 'zi.rbw');
    expect((await rbw('import', REAL_WORKBOOK, '--out', doc)).code).toBe(0);
    const leading = JSON.parse((await rbw('score', doc, '--json')).out.join('\n'));
    expect(leading.rule).toBe('workbook');
    expect(leading.total).toBeCloseTo(95.5762, 4);
    expect(leading.totals.standard).toBeCloseTo(95.7095, 4);
    const standard = JSON.parse((await rbw('score', doc, '--rule', 'standard', '--json')).out.join('\n'));
    expect(standard.rule).toBe('standard');
    expect(standard.total).toBeCloseTo(95.7095, 4);
    expect(standard.totals.workbook).toBeCloseTo(95.5762, 4);
    expect((await rbw('score', doc, '--rule', 'workbook')).out).toContain('Rincian di bawah: rumus workbook');
  });

  it('refuses --rule workbook for a document made from a template, in one line', async () => {
    const doc = join(mkdtempSync(join(tmpdir(), 'rbw-rule-')), 'baru.rbw');
    expect((await rbw('new', '--template', 'zi-2021', '--out', doc)).code).toBe(0);
    const { code, err } = await rbw('score', doc, '--rule', 'workbook');
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('tidak diimpor dari workbook');
  });
});

describe('rbw inspect FILE.xlsx', () => {
  it('reports the mislabelled row 8 and the range at row 175 with its effect on the total', async () => {
    const { code, out } = await rbw('inspect', REAL_WORKBOOK);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain(
      'sel J8: Pilihan Jawaban "Ya" tidak dikenal rumusnya, sehingga L8 menampilkan "-"',
    );
    expect(text).toContain(
      'sel L175: rumus A.II.5.iii "Penyampaian Laporan Harta Kekayaan" menghasilkan 1,7333, aturan standar 1,8667',
    );
    expect(text).toContain('   rumus workbook: =AVERAGE(L176:L179)*H175');
    expect(text).toContain('   rumus standar: =SUM(L176,L183)');
    expect(text).toContain('   pengaruh pada nilai total: −0,1333');
    expect(text).toContain('sel K185: K185 diketik 12, padahal rinciannya K186+K187+K188 = 13');
  });

  it('lists the findings as JSON with both formulas and the effect', async () => {
    const json = JSON.parse((await rbw('inspect', REAL_WORKBOOK, '--json')).out.join('\n'));
    expect(
      json.findings.map((f: { code: string; where: { cell: string } }) => `${f.code} ${f.where.cell}`),
    ).toEqual([
      'finding.unknownAnswerType J8',
      'finding.formulaDiffers L175',
      'finding.typedTotalDiffers K185',
      'finding.differenceExplained undefined',
    ]);
    expect(json.totals.workbook).toBeCloseTo(95.5762, 4);
  });

  it('speaks English with --lang=en', async () => {
    const { out } = await rbw('inspect', REAL_WORKBOOK, '--lang=en');
    expect(out.join('\n')).toContain('effect on the total: −0,1333');
  });
});
