import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportedWorkbook } from '../../service/workbooks/import-workbook';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import { checkTemplate } from '../../shared/template/check-template';
import { indexTemplate } from '../../shared/template/template-index';
import { builtinTemplate } from '../../shared/builtin-templates';
import { parseCellName } from '../../shared/workbook/read/cell-address';
import type { CellResult } from '../../shared/workbook/read/cell-result';
import { isErrorResult } from '../../shared/workbook/read/cell-result';
import type { FixtureManifest } from '../fixtures/workbooks/generate';
import { ensureFixtures } from '../fixtures/workbooks/ensure-fixtures';

let manifest: FixtureManifest;
const imported = new Map<string, ImportedWorkbook>();

beforeAll(async () => {
  manifest = await ensureFixtures();
  for (const [name, fixture] of Object.entries(manifest.lke))
    imported.set(name, await importWorkbook(fixture.file));
  return () => imported.forEach((w) => w.engine.destroy());
});

const NAMES = [
  'zi-2021-standard',
  'zi-2021-defects',
  'zi-2021-defects-fix175',
  'zi-2021-defects-fix131',
  'zi-2021-empty-subarea',
  'zi-2021-zero-lhkpn',
  'zi-2021-shifted',
  'zi-2026-jawaban',
  'rb-older-two-years',
  'rb-older-lookup',
];

/** Same number to 1e-9, or the same kind of error. */
function expectSame(actual: CellResult, expected: CellResult | undefined, where: string): void {
  if (isErrorResult(expected ?? null)) {
    expect(isErrorResult(actual), where).toBe(true);
    return;
  }
  if (typeof expected === 'number') {
    expect(typeof actual, where).toBe('number');
    expect(Math.abs((actual as number) - expected), where).toBeLessThan(
      1e-9 * Math.max(1, Math.abs(expected)),
    );
    return;
  }
  // Text results ("Blm Diisi", "-", ""): both show no number.
  expect(typeof actual === 'number', where).toBe(false);
}

describe.each(NAMES)('the generated workbook %s', (name) => {
  it('computes every value cell as LibreOffice does after a full recalculation', () => {
    const workbook = imported.get(name) as ImportedWorkbook;
    const fixture = manifest.lke[name];
    expect(fixture).toBeDefined();
    expect(workbook.layout.sheet).toBe(fixture?.sheet);
    for (const [cell, expected] of Object.entries(fixture?.expected ?? {})) {
      const at = parseCellName(cell) as { row: number; col: number };
      expectSame(workbook.engine.read(at.row, at.col), expected, `${name}!${cell}`);
    }
  });

  it('reports the grand total LibreOffice computes, or an error where it shows one', () => {
    const workbook = imported.get(name) as ImportedWorkbook;
    const expected = manifest.lke[name]?.expected[manifest.lke[name]?.totalCell ?? ''];
    if (isErrorResult(expected ?? null)) {
      expect(workbook.totals.workbook).toBeNull();
      expect(workbook.totals.workbookError).toBe((expected as { error: string }).error);
    } else expect(workbook.totals.workbook).toBeCloseTo(expected as number, 9);
  });

  it('derives a valid template whose every question has a row and a record', () => {
    const workbook = imported.get(name) as ImportedWorkbook;
    expect(checkTemplate(workbook.template)).toEqual([]);
    const index = indexTemplate(workbook.template);
    for (const answerable of index.answerableOrder) {
      expect(workbook.layout.rows[answerable.id], answerable.id).toBeTypeOf('number');
      expect(workbook.records[answerable.id], answerable.id).toBeDefined();
    }
  });
});

describe('workbooks that follow the standard rule', () => {
  it.each([
    'zi-2021-standard',
    'zi-2021-shifted',
    'zi-2026-jawaban',
    'rb-older-two-years',
    'rb-older-lookup',
  ])('%s scores the same by the standard rule as LibreOffice by its formulas', (name) => {
    const workbook = imported.get(name) as ImportedWorkbook;
    const fixture = manifest.lke[name];
    expect(workbook.totals.standard).toBeCloseTo(fixture?.expected[fixture.totalCell] as number, 9);
    expect(workbook.findings.filter((f) => f.severity === 'difference')).toEqual([]);
  });
});

describe('recognising layouts by content', () => {
  it('finds an LKE moved two columns right and three rows down, on a sheet whose name ends in a space', () => {
    const workbook = imported.get('zi-2021-shifted') as ImportedWorkbook;
    expect(workbook.layout.sheet).toBe('Form LKE 2023 ');
    expect(workbook.layout.headerRows).toEqual({ first: 4, last: 4 });
    expect(workbook.layout.columns).toMatchObject({ hierarchy: { first: 3, last: 8 }, weight: 9, type: 11 });
    expect(workbook.layout.columns.unit).toMatchObject({
      answer: 12,
      value: 13,
      note: 18,
      evidence: 19,
      link: 20,
    });
    expect(workbook.template.year).toBe(2023);
  });

  it('gives a ZI workbook in another layout the ids of the built-in template', () => {
    const shifted = indexTemplate((imported.get('zi-2021-shifted') as ImportedWorkbook).template);
    const zi2021 = indexTemplate(builtinTemplate('zi-2021')!);
    expect([...shifted.answerables.keys()]).toEqual([...zi2021.answerables.keys()]);
  });

  it('reads the users’ own PIC, status and target month columns into the work fields', () => {
    const record = (imported.get('zi-2021-shifted') as ImportedWorkbook).records['A.I.1.i.a'];
    expect(record).toMatchObject({ pokja: 'Pokja 1', status: 'selesai', targetMonth: '2023-05' });
  });

  it('reads the 2026 upload sheet Jawaban with the ids, derivations and weights of the built-in zi-2026', () => {
    const workbook = imported.get('zi-2026-jawaban') as ImportedWorkbook;
    const derived = indexTemplate(workbook.template);
    const builtin = indexTemplate(builtinTemplate('zi-2026')!);
    expect([...derived.answerables.keys()]).toEqual([...builtin.answerables.keys()]);
    for (const [id, indicator] of builtin.indicators) {
      expect(derived.indicators.get(id)?.derive, id).toEqual(indicator.derive);
      expect(derived.indicators.get(id)?.weight, id).toBe(indicator.weight);
    }
    // K unit answer, L note, M evidence, N reviewer (TPI) answer, Q reviewer note: the official cell map.
    expect(workbook.layout.columns.unit).toMatchObject({ answer: 10, note: 11, evidence: 12 });
    expect(workbook.layout.columns.reviewer).toMatchObject({ answer: 13, note: 16 });
    expect(workbook.records['A.I.1.i.a']).toMatchObject({
      note: 'Penjelasan unit soal 1',
      reviewerNote: 'Catatan TPI soal 1',
      evidence: [{ url: 'https://drive.example.go.id/2026/1' }],
    });
    expect(workbook.records['A.I.1.i.a']?.reviewerAnswer).toMatch(/^(Ya|Tidak)$/);
  });
});

describe('the 2026 portal upload sheet', () => {
  it('reads answers without weights or formulas with the built-in zi-2026 by its cell map', () => {
    const upload = imported.get('zi-2026-upload') as ImportedWorkbook;
    const full = manifest.lke['zi-2026-jawaban'];
    expect(upload.template.id).toBe('zi-2026');
    // No formulas: every question is matched with the built-in template, which scores it.
    expect(upload.findings.map((f) => f.code)).toEqual(['finding.matchedTemplate']);
    expect(upload.findings[0]?.params).toMatchObject({
      template: upload.template.title,
      matched: 127,
      questions: 127,
    });
    expect(upload.totals.workbook).toBeNull();
    // The same answers with the formulas in place: LibreOffice's total of the full Jawaban sheet.
    expect(upload.totals.standard).toBeCloseTo(full?.expected[full.totalCell] as number, 9);
    expect(upload.records['A.I.1.i.a']).toEqual(
      (imported.get('zi-2026-jawaban') as ImportedWorkbook).records['A.I.1.i.a'],
    );
  });
});

describe('older RB-index workbooks', () => {
  it('keeps both years: this year scored, last year’s answers and totals beside it', () => {
    const workbook = imported.get('rb-older-two-years') as ImportedWorkbook;
    const fixture = manifest.lke['rb-older-two-years'];
    expect(workbook.layout.columns.unit).toMatchObject({ year: 2023, answer: 11, value: 12 });
    expect(workbook.layout.columns.prior).toMatchObject({ year: 2022, answer: 9, value: 10 });
    expect(workbook.priorYear?.year).toBe(2022);
    expect(workbook.priorYear?.workbookTotal).toBeCloseTo(
      fixture?.expected[fixture.priorTotalCell ?? ''] as number,
      9,
    );
    expect(workbook.priorYear?.standardTotal).toBeCloseTo(workbook.priorYear?.workbookTotal as number, 9);
    expect(Object.keys(workbook.priorYear?.records ?? {}).length).toBe(Object.keys(workbook.records).length);
  });

  it('reads the value tables from the workbook’s formulas: A/B/C/D = 1, 0,6, 0,3, 0 and Opini BPK WTP 3 … TMP 0', () => {
    const types = (imported.get('rb-older-two-years') as ImportedWorkbook).template.answerTypes;
    expect(types.find((t) => t.label === 'A/B/C/D')).toMatchObject({
      options: [
        { key: 'A', value: 1 },
        { key: 'B', value: 0.6 },
        { key: 'C', value: 0.3 },
        { key: 'D', value: 0 },
      ],
    });
    expect(types.find((t) => t.label === 'Opini BPK')).toMatchObject({
      options: [
        { key: 'WTP', value: 3 },
        { key: 'WDP', value: 2 },
        { key: 'TW', value: 1 },
        { key: 'TMP', value: 0 },
      ],
    });
  });

  it('reads the Hasil scales from the formulas: SAKIP ÷ 100 × 14, internal survey ÷ 5 × 6, perception ÷ 4 × 7', () => {
    const template = (imported.get('rb-older-lookup') as ImportedWorkbook).template;
    const index = indexTemplate(template);
    const scale = (id: string) => index.answerTypes.get(index.indicators.get(id)?.answerType ?? '');
    expect([scale('B.I.1'), index.indicators.get('B.I.1')?.weight]).toMatchObject([
      { kind: 'number', max: 100 },
      14,
    ]);
    expect([scale('B.II.1'), index.indicators.get('B.II.1')?.weight]).toMatchObject([
      { kind: 'number', max: 5 },
      6,
    ]);
    expect([scale('B.III.1'), index.indicators.get('B.III.1')?.weight]).toMatchObject([
      { kind: 'number', max: 4 },
      7,
    ]);
  });

  it('turns the gating formulas into gates: zero when the row above is "Tidak", multiplied by the previous row', () => {
    const index = indexTemplate((imported.get('rb-older-two-years') as ImportedWorkbook).template);
    expect(index.indicators.get('A.I.1.i.b')?.gate).toEqual({
      kind: 'zero-when',
      source: 'A.I.1.i.a',
      answers: ['Tidak'],
    });
    expect(index.indicators.get('A.I.1.i.c')?.gate).toEqual({ kind: 'multiply', source: 'A.I.1.i.b' });
  });

  it('reports the weights printed rounded that do not add up (5 over sub-areas summing to 4,99)', () => {
    const findings = (imported.get('rb-older-two-years') as ImportedWorkbook).findings.filter(
      (f) => f.code === 'finding.weightsDoNotAddUp',
    );
    expect(findings.map((f) => [f.nodeId, f.params.weight, f.params.sum])).toEqual([
      ['A.I.5', 5, 4.99],
      ['A.I.8', 2, 1.99],
    ]);
  });
});
