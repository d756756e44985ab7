import { describe, expect, it } from 'vitest';
import { classifyGate } from './classify-gate';

const own = { A: 1, B: 0.6, C: 0.3, D: 0 };

describe('telling what a gating formula does', () => {
  it('reads "worth nothing when the row above is Tidak" as zero-when', () => {
    const probe = {
      row: 11,
      gate: { sourceRow: 10, values: { Ya: own, Tidak: { A: 0, B: 0, C: 0, D: 0 } } },
    };
    expect(classifyGate(probe, own, { Ya: 1, Tidak: 0 }, 'a')).toEqual({
      kind: 'zero-when',
      source: 'a',
      answers: ['Tidak'],
    });
  });

  it('reads "times the previous row’s value" as multiply', () => {
    const times = (share: number) => ({ A: share, B: 0.6 * share, C: 0.3 * share, D: 0 });
    const probe = { row: 12, gate: { sourceRow: 11, values: { A: times(1), B: times(0.5), C: times(0) } } };
    expect(classifyGate(probe, own, { A: 1, B: 0.5, C: 0 }, 'b')).toEqual({ kind: 'multiply', source: 'b' });
  });

  it('reads nothing into a formula that uses the other row some other way', () => {
    const probe = {
      row: 12,
      gate: { sourceRow: 11, values: { Ya: { A: 0.2, B: 0.2, C: 0.2, D: 0.2 }, Tidak: own } },
    };
    expect(classifyGate(probe, own, { Ya: 1, Tidak: 0 }, 'b')).toBeNull();
  });
});
