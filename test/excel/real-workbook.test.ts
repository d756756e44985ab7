import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { ImportedWorkbook } from '../../service/workbooks/import-workbook';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import { builtinTemplate } from '../../shared/builtin-templates';
import { indexTemplate } from '../../shared/template/template-index';
import { checkTemplate } from '../../shared/template/check-template';
import { AnswerRecordSchema } from '../../shared/records/answer-record';

const REAL = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'workbooks',
  'lke-zi-2021-filled.xlsx',
);

describe('importing the real filled LKE ZI 2021 workbook', () => {
  let imported: ImportedWorkbook;
  beforeAll(async () => {
    imported = await importWorkbook(REAL);
  });
  afterAll(() => imported?.engine.destroy());

  it('computes the total the workbook saved (Excel: 95.5762 in LKE ZI!L208)', () => {
    expect(imported.totals.cached).toBeCloseTo(95.57619047619048, 12);
    expect(imported.totals.workbook).toBeCloseTo(95.57619047619048, 9);
  });

  it('scores 95.7095 by the standard rule, which sums the LHKPN and LHKASN halves (1 × 13/15 + 1 × 12/12)', () => {
    // Workbook: AVERAGE(L176:L179)*2 = AVERAGE(13/15, 13/15) × 2; standard: 13/15 + 1, i.e. 2/15 more.
    expect(imported.totals.standard).toBeCloseTo(95.57619047619048 + 2 / 15, 9);
  });

  it('derives a valid template with the ids, weights and derivations of the built-in zi-2021', () => {
    expect(checkTemplate(imported.template)).toEqual([]);
    const derived = indexTemplate(imported.template);
    const builtin = indexTemplate(builtinTemplate('zi-2021')!);
    expect([...derived.answerables.keys()].sort()).toEqual([...builtin.answerables.keys()].sort());
    expect([...derived.groups.keys()].sort()).toEqual([...builtin.groups.keys()].sort());
    for (const [id, indicator] of builtin.indicators) {
      const mine = derived.indicators.get(id);
      expect(mine?.weight, id).toBe(indicator.weight);
      expect(mine?.derive, id).toEqual(indicator.derive);
    }
    for (const [id, group] of builtin.groups) expect(derived.groups.get(id)?.weight, id).toBe(group.weight);
  });

  it('keeps the option texts of the Penjelasan column with their keys', () => {
    const indicator = indexTemplate(imported.template).indicators.get('A.I.1.i.b');
    expect(indicator?.optionTexts).toMatchObject({
      A: 'Jika dengan prosedur/mekanisme yang jelas dan mewakili seluruh unsur dalam unit kerja',
      C: 'Jika tidak di seleksi.',
    });
  });

  it('reports the mislabelled row 8: J8 says "Ya", so L8 shows "-" and is left out of the average', () => {
    const row8 = imported.findings.find((f) => f.where.cell === 'J8');
    expect(row8).toMatchObject({
      code: 'finding.unknownAnswerType',
      params: { label: 'Ya', assumed: 'Ya/Tidak' },
    });
  });

  it('reports the range at row 175 with both formulas and its effect of −0,1333 on the total', () => {
    const row175 = imported.findings.find((f) => f.where.cell === 'L175');
    expect(row175).toMatchObject({
      code: 'finding.formulaDiffers',
      workbookFormula: 'AVERAGE(L176:L179)*H175',
      standardFormula: 'SUM(L176,L183)',
    });
    expect(row175?.effect).toBeCloseTo(-2 / 15, 9);
  });

  it('reports the typed total K185 = 12 whose breakdown K186+K187+K188 adds up to 13', () => {
    expect(imported.findings.find((f) => f.code === 'finding.typedTotalDiffers')).toMatchObject({
      params: { cell: 'K185', typed: 12, sum: 13 },
    });
  });

  it('keeps answers, notes, evidence descriptions and links as answer records', () => {
    for (const record of Object.values(imported.records)) AnswerRecordSchema.parse(record);
    const first = imported.records['A.I.1.i.a'];
    expect(first?.answer).toBe('Ya');
    expect(first?.note).toMatch(/^Terdapat Pembentukan Penunjukan Unit Kerja/);
    expect(first?.evidence[0]?.text).toMatch(/^SK Kepala OPD Ttg Tim Kerja/);
    expect(first?.evidence[0]?.url).toMatch(/^https:\/\/drive\.google\.com\//);
    // openpyxl: column Q holds 82 hyperlinks and 4 links typed as plain text (rows 11, 12, 13, 105).
    expect(Object.values(imported.records).filter((r) => r.evidence.some((e) => e.url)).length).toBe(86);
    expect(imported.records['A.II.5.iii.b.a.1']?.answer).toBe(12);
  });

  it('finds the LKE sheet, its header row and columns by their content', () => {
    expect(imported.layout.sheet).toBe('LKE ZI');
    expect(imported.layout.headerRows).toEqual({ first: 1, last: 1 });
    expect(imported.layout.columns).toMatchObject({
      hierarchy: { first: 1, last: 6 },
      weight: 7,
      type: 9,
      unit: { answer: 10, value: 11, note: 14, evidence: 15, link: 16 },
    });
    expect(imported.layout.total).toEqual({ row: 207, col: 11 });
  });

  it('keeps the engine live: a changed answer recomputes the total', () => {
    const engine = imported.engine;
    engine.setAnswer('A.I.1.i.b', 'C');
    // L9: A → C takes 1 → 0 out of AVERAGE(L8:L9) × 0,5, where L8 ("-") does not count: −0,5.
    expect(engine.total()).toBeCloseTo(95.57619047619048 - 0.5, 9);
    engine.setAnswer('A.I.1.i.b', 'A');
    expect(engine.total()).toBeCloseTo(95.57619047619048, 9);
  });
});
