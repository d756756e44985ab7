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
