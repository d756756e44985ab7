import { describe, expect, it } from 'vitest';
import { engineFormula } from './engine-formula';

describe('workbook formulas in the engine’s dialect', () => {
  it('writes bare booleans as functions and drops the _xlfn. prefix', () => {
    expect(engineFormula('IF(K8="Ya",TRUE,FALSE)')).toBe('=IF(K8="Ya",TRUE(),FALSE())');
    expect(engineFormula('_xlfn.IFS(K1="A",1,TRUE,0)')).toBe('=IFS(K1="A",1,TRUE(),0)');
  });

  it('leaves text in quotes and sheet names alone', () => {
    expect(engineFormula(`IF(K8="TRUE",'TRUE sheet'!A1,0)`)).toBe(`=IF(K8="TRUE",'TRUE sheet'!A1,0)`);
  });

  it('keeps the cached result of a formula that reads another workbook', () => {
    expect(engineFormula('[1]Sheet1!A1*2')).toBeNull();
  });
});

describe('formulas longer or deeper than the engine reads', () => {
  it('regroups a sum of 2,000 terms (a formula near Excel’s 8,192 characters) into sums of sums', async () => {
    const { HyperFormula } = await import('hyperformula');
    const text = Array.from({ length: 2000 }, (_, i) => (i % 2 ? 'A1' : '2')).join('+');
    const formula = engineFormula(text) as string;
    expect(formula.length).toBeLessThan(text.length * 1.1);
    const hf = HyperFormula.buildFromSheets({ S: [[3, formula]] }, { licenseKey: 'gpl-v3' });
    // 1,000 twos and 1,000 threes.
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(5000);
    hf.destroy();
  });

  it('keeps products and functions inside a long sum whole', () => {
    const text = Array.from({ length: 700 }, (_, i) => `SUM(A${i + 1},2)*B1`).join('+');
    const formula = engineFormula(text) as string;
    expect(formula).toContain('(SUM(A1,2)*B1+SUM(A2,2)*B1+');
  });

  it('leaves to the saved result a formula nested deeper than Excel allows', () => {
    expect(engineFormula(`${'('.repeat(300)}1${')'.repeat(300)}`)).toBeNull();
  });
});
