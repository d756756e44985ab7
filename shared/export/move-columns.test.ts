import { describe, expect, it } from 'vitest';
import { moveColumns } from './move-columns';

// K (10) → R (17), L (11) → S (18): the unit's answer and value columns onto the reviewer's.
const MOVES = new Map([
  [10, 17],
  [11, 18],
]);

describe('moving a formula onto the reviewer columns', () => {
  it('moves the answer cell of a value formula and leaves the type column', () => {
    expect(moveColumns('IF(J8="Ya/Tidak",IF(K8="Ya",1,0),"-")', MOVES, 'LKE ZI')).toBe(
      'IF(J8="Ya/Tidak",IF(R8="Ya",1,0),"-")',
    );
  });

  it('moves a range of values and keeps the weight cell', () => {
    expect(moveColumns('AVERAGE(L8:L9)*H7', MOVES, 'LKE ZI')).toBe('AVERAGE(S8:S9)*H7');
  });

  it('moves references naming their own sheet but not those to another sheet', () => {
    expect(moveColumns("'LKE ZI'!L5+Utama!L5", MOVES, 'LKE ZI')).toBe("'LKE ZI'!S5+Utama!L5");
  });

  it('moves a derived % row computed from its Jumlah inputs', () => {
    expect(moveColumns('IF(OR(K129="",K130=""),"Blm Diisi",IF(K130/K129>1,1,K130/K129))', MOVES, 'X')).toBe(
      'IF(OR(R129="",R130=""),"Blm Diisi",IF(R130/R129>1,1,R130/R129))',
    );
  });

  it('gives null for a formula it cannot read', () => {
    expect(moveColumns('SUM(K1', MOVES, 'X')).toBeNull();
  });
});
