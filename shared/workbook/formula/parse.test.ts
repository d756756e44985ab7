import { describe, expect, it } from 'vitest';
import { parseFormula } from './parse';
import { printFormula } from './print';
import { referencedCells } from './references';

describe('reading Excel formulas', () => {
  it.each([
    'IF(J8="Ya/Tidak",IF(K8="Ya",1,IF(K8="Tidak",0,"Blm Diisi")),"-")',
    'AVERAGE(L176:L179)*H175',
    'IF(OR(K155="",K156="",K157=""),"Blm Diisi",IF(AND(K155=0,K156=0),1,IF((K155-K156)/K155<0,0,(K155-K156)/K155)))',
    "'Form LKE 2023 '!N211*2",
    'IFERROR(VLOOKUP(K60,Referensi!$A$2:$B$5,2,FALSE),0)',
    'SUM(L6,L23,L36)-2^2&"x"',
  ])('prints %s back as it was written', (text) => {
    expect(printFormula(parseFormula(text))).toBe(text);
  });

  it('lists the cells a formula reads, ranges expanded and sheet names kept', () => {
    expect(referencedCells(parseFormula("AVERAGE(L8:L9)*H7+'LKE ZI '!A1"))).toEqual([
      { row: 7, col: 11 },
      { row: 8, col: 11 },
      { row: 6, col: 7 },
      { sheet: 'LKE ZI ', row: 0, col: 0 },
    ]);
  });

  it('reads functions written with the _xlfn. prefix of newer Excel as their plain name', () => {
    expect(parseFormula('_xlfn.IFS(K1="A",1,TRUE,0)')).toMatchObject({ kind: 'call', name: 'IFS' });
  });

  it('refuses text that is not a formula', () => {
    expect(() => parseFormula('SUM(L1,')).toThrow();
    expect(() => parseFormula('"unclosed')).toThrow();
  });
});
