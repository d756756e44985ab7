import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportedWorkbook } from '../../service/workbooks/import-workbook';
import { importWorkbook } from '../../service/workbooks/import-workbook';
import type { Finding } from '../../shared/workbook/findings/finding';
import { formatNumber } from '../../shared/format/number';
import { signedEffect } from '../../shared/workbook/findings/finding-text';
import type { FixtureManifest } from '../fixtures/workbooks/generate';
import { ensureFixtures } from '../fixtures/workbooks/ensure-fixtures';

let manifest: FixtureManifest;
const opened: ImportedWorkbook[] = [];
let defects: ImportedWorkbook;

beforeAll(async () => {
  manifest = await ensureFixtures();
  defects = await open('zi-2021-defects');
});
afterAll(() => opened.forEach((w) => w.engine.destroy()));

async function open(name: string): Promise<ImportedWorkbook> {
  const workbook = await importWorkbook(manifest.lke[name]?.file as string);
  opened.push(workbook);
  return workbook;
}

const loTotal = (name: string): number => {
  const fixture = manifest.lke[name];
  return fixture?.expected[fixture.totalCell] as number;
};
const at = (workbook: ImportedWorkbook, cell: string): Finding | undefined =>
  workbook.findings.find((f) => f.where.cell === cell);

describe('findings in a workbook with the defects real workbooks have', () => {
  it('measures the range at row 175 as LibreOffice does with the range fixed', () => {
    expect(at(defects, 'L175')).toMatchObject({
      code: 'finding.formulaDiffers',
      standardFormula: 'SUM(L176,L183)',
    });
    expect(at(defects, 'L175')?.effect).toBeCloseTo(
      loTotal('zi-2021-defects') - loTotal('zi-2021-defects-fix175'),
      9,
    );
  });

  it('finds the formula copied with its old references at K131 and measures it as LibreOffice does with it fixed', () => {
    expect(at(defects, 'K131')).toMatchObject({
      code: 'finding.foreignReference',
      params: { rows: '129, 130' },
      standardFormula: 'IF(OR(K132="",K133=""),"Blm Diisi",IF(K133/K132>1,1,K133/K132))',
    });
    expect(at(defects, 'K131')?.effect).toBeCloseTo(
      loTotal('zi-2021-defects') - loTotal('zi-2021-defects-fix131'),
      9,
    );
  });

  it('finds a row valuing A/B/C/D with the older table; answered B it costs (0,6 − 0,67) ÷ 3 rows', () => {
    expect(at(defects, 'L16')).toMatchObject({
      code: 'finding.optionValuesDiffer',
      params: { label: 'A/B/C/D', values: 'A=1; B=0,6; C=0,3; D=0', standard: 'A=1; B=0,67; C=0,33; D=0' },
    });
    expect(at(defects, 'L16')?.effect).toBeCloseTo((0.6 - 0.67) / 3, 9);
  });

  it('reads the mislabelled "Ya" as Ya/Tidak, and reports it', () => {
    expect(at(defects, 'J8')).toMatchObject({
      code: 'finding.unknownAnswerType',
      params: { label: 'Ya', assumed: 'Ya/Tidak' },
    });
  });

  it('reports the weight that does not add up, the answer outside its options and the typed total', () => {
    expect(at(defects, 'H6')).toMatchObject({
      code: 'finding.weightsDoNotAddUp',
      params: { weight: 4.5, sum: 4 },
    });
    expect(at(defects, 'K12')).toMatchObject({
      code: 'finding.answerNotAnOption',
      params: { answer: 'D', label: 'A/B/C' },
    });
    const typed = at(defects, 'K185');
    expect(typed?.code).toBe('finding.typedTotalDiffers');
    expect(typed?.params.sum).toBe((typed?.params.typed as number) + 1);
  });

  it('reports nothing else, and the effects listed add up to the sheet’s difference', () => {
    const explained = defects.findings.find((f) => f.code === 'finding.differenceExplained');
    const workbook = loTotal('zi-2021-defects');
    const listed = defects.findings.reduce((sum, f) => sum + (f.effect ?? 0), 0);
    expect(explained?.params).toMatchObject({
      workbook: formatNumber(workbook, 4),
      listed: signedEffect(listed, 4),
      other: '0,0000',
    });
    const others = defects.findings.filter((f) => f !== explained);
    expect(others.map((f) => f.where.cell).sort()).toEqual([
      'H6',
      'J8',
      'K12',
      'K131',
      'K185',
      'L16',
      'L175',
    ]);
  });
});

describe('workbooks Excel cannot total', () => {
  it('names the sub-area without answers that makes the whole total #DIV/0!', async () => {
    const workbook = await open('zi-2021-empty-subarea');
    expect(workbook.totals).toMatchObject({ workbook: null, workbookError: '#DIV/0!' });
    expect(workbook.findings).toEqual([
      expect.objectContaining({
        code: 'finding.emptySubArea',
        nodeId: 'A.I.1.ii',
        where: expect.objectContaining({ cell: 'L10' }),
      }),
    ]);
  });

  it('reports the LHKPN ratio dividing by zero and scores it 1 (nothing was owed) by the standard rule', async () => {
    const workbook = await open('zi-2021-zero-lhkpn');
    const standardWorkbook = await open('zi-2021-standard');
    expect(workbook.findings).toEqual([
      expect.objectContaining({
        code: 'finding.divisionByZero',
        nodeId: 'A.II.5.iii.i.a',
        params: expect.objectContaining({ value: 1 }),
      }),
    ]);
    // The same answers otherwise: LHKPN counts 1 instead of its ratio in the standard fixture.
    const lhkpn = standardWorkbook.engine.nodeValue('A.II.5.iii.i.a') as number;
    expect(workbook.totals.standard).toBeCloseTo(standardWorkbook.totals.standard + (1 - lhkpn), 9);
  });
});
