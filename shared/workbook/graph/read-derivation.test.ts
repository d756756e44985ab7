import { describe, expect, it } from 'vitest';
import type { PlannedIndicator } from '../derive-template/plan-template';
import type { InputIndex } from './read-derivation';
import { readDerivation } from './read-derivation';

const K = 10;
const indicator = (
  row: number,
  inputs: number[],
  sums: { row: number; parts: number[] }[] = [],
): PlannedIndicator => ({
  kind: 'indicator',
  id: 'X',
  code: 'a.',
  title: 'Persentase',
  row,
  weight: null,
  typeLabel: '%',
  computed: true,
  inputs: inputs.map((r, i) => ({ id: `X.${i + 1}`, title: '', row: r, typeLabel: 'Jumlah' })),
  breakdowns: sums.map((s) => ({ ...s, computed: true })),
  keys: { keys: [], source: 'none' },
  gateRows: [],
});
const none: InputIndex = new Map();

describe('reading a % row from its formula', () => {
  it('reads a capped ratio of two inputs (rows are 0-based: K130 is row 129)', () => {
    const read = readDerivation(
      indicator(127, [128, 129]),
      'IF(OR(K129="",K130=""),"Blm Diisi",IF(K130/K129>1,1,K130/K129))',
      K,
      none,
      0,
    );
    expect(read?.derive).toEqual({
      kind: 'ratio',
      numerator: ['X.2'],
      subtract: [],
      denominator: ['X.1'],
      requires: ['X.1', 'X.2'],
      min: 0,
      max: 1,
      onZeroDenominator: 0,
    });
  });

  it('reads the discipline row: last year minus this year over last year, 1 when both are 0', () => {
    const formula =
      'IF(OR(K155="",K156="",K157=""),"Blm Diisi",IF(AND(K155=0,K156=0),1,IF((K155-K156)/K155<0,0,(K155-K156)/K155)))';
    const read = readDerivation(indicator(153, [154, 155, 156]), formula, K, none, 0);
    expect(read?.derive).toMatchObject({
      numerator: ['X.1'],
      subtract: ['X.2'],
      denominator: ['X.1'],
      requires: ['X.1', 'X.2', 'X.3'],
      onAllZero: 1,
    });
  });

  it('replaces a sum row by the rows it adds up', () => {
    const read = readDerivation(
      indicator(176, [178, 179, 180, 181], [{ row: 177, parts: [178, 179, 180] }]),
      'IF(OR(K178="",K182=""),"Blm Diisi",IF(K182/K178>1,1,K182/K178))',
      K,
      none,
      1,
    );
    expect(read?.derive).toMatchObject({
      numerator: ['X.4'],
      denominator: ['X.1', 'X.2', 'X.3'],
      onZeroDenominator: 1,
    });
  });

  it('reads a formula copied from the row above with its old references as this row’s own inputs, and says so', () => {
    const inputs: InputIndex = new Map([
      [128, { indicatorRow: 127, position: 0 }],
      [129, { indicatorRow: 127, position: 1 }],
    ]);
    const read = readDerivation(
      indicator(130, [131, 132]),
      'IF(OR(K129="",K130=""),"Blm Diisi",IF(K130/K129>1,1,K130/K129))',
      K,
      inputs,
      0,
    );
    expect(read?.derive).toMatchObject({ numerator: ['X.2'], denominator: ['X.1'] });
    expect(read?.foreignRows).toEqual([128, 129]);
    expect(read?.standardFormula).toBe('IF(OR(K132="",K133=""),"Blm Diisi",IF(K133/K132>1,1,K133/K132))');
  });

  it('gives up on a formula that is not a ratio of inputs', () => {
    expect(readDerivation(indicator(127, [128, 129]), 'K129*2', K, none, 0)).toBeNull();
  });
});
