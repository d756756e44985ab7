import { describe, expect, it } from 'vitest';
import { tokenize, withTokensShared } from './tokenize';

const kinds = (formula: string) => tokenize(formula).map((t) => `${t.kind}:${t.text}`);

describe('splitting formulas into tokens', () => {
  it('reads operators, brackets and separators next to references, numbers and names', () => {
    expect(kinds('IF(K8<>"Ya",-L8%,SUM($A$1:B2)^2)>=.5')).toEqual([
      'function:IF',
      'open:(',
      'ref:K8',
      'operator:<>',
      'string:"Ya"',
      'separator:,',
      'operator:-',
      'ref:L8',
      'operator:%',
      'separator:,',
      'function:SUM',
      'open:(',
      'ref:$A$1:B2',
      'close:)',
      'operator:^',
      'number:2',
      'close:)',
      'operator:>=',
      'number:.5',
    ]);
  });

  it('takes a no-break or em space typed from a phone as space, not as part of a name', () => {
    expect(kinds('A1\u00a0+\u2003B2')).toEqual([
      'ref:A1',
      'space:\u00a0',
      'operator:+',
      'space:\u2003',
      'ref:B2',
    ]);
  });

  it('refuses an unreadable formula every time it is asked while tokens are shared', () => {
    withTokensShared(() => {
      expect(() => tokenize('A1 @ B2')).toThrow('Unexpected "@" at 3');
      expect(() => tokenize('A1 @ B2')).toThrow('Unexpected "@" at 3');
      expect(tokenize('A1+B2')).toBe(tokenize('A1+B2'));
    });
    // Outside, each call reads the formula anew.
    expect(tokenize('A1+B2')).not.toBe(tokenize('A1+B2'));
  });
});
