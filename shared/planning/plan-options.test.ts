import { describe, expect, it } from 'vitest';
import { parseCodeList, parseEffortList } from './plan-options';

describe('the planner’s options as typed', () => {
  it('reads codes separated by commas, semicolons or spaces, each once', () => {
    expect(parseCodeList(' A.II, A.I.1.i.a;B  A.II ')).toEqual(['A.II', 'A.I.1.i.a', 'B']);
    expect(parseCodeList('  ')).toEqual([]);
  });

  it('reads effort per code with a decimal comma, and names the first entry it cannot read', () => {
    expect(parseEffortList(['A.II=2; A.I.1.i.a = 1,5'])).toEqual({
      ok: true,
      effort: { 'A.II': 2, 'A.I.1.i.a': 1.5 },
    });
    expect(parseEffortList(['A.II=2', 'B=x'])).toEqual({ ok: false, entry: 'B=x' });
    expect(parseEffortList(['A.II=0'])).toEqual({ ok: false, entry: 'A.II=0' });
    expect(parseEffortList(['A.II'])).toEqual({ ok: false, entry: 'A.II' });
    expect(parseEffortList([''])).toEqual({ ok: true, effort: {} });
  });
});
