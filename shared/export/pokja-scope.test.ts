import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../records/answer-record';
import { EMPTY_RECORD } from '../records/answer-record';
import { index } from '../../test/support/zi-index';
import { areaOf, pokjaScope } from './pokja-scope';

const assigned = (entries: [string, string][]): Map<string, AnswerRecord> =>
  new Map(entries.map(([id, pokja]) => [id, { ...EMPTY_RECORD, pokja }]));

describe('the areas of a pokja', () => {
  it('owns the whole area of any question assigned to it, in Pemenuhan and Reform alike', () => {
    const records = assigned([
      ['A.I.1.i.a', 'Pokja 1 – Manajemen Perubahan'],
      ['A.II.1.i.a.1', 'Pokja 1 – Manajemen Perubahan'],
      ['A.I.2.i.a', 'Pokja 2'],
    ]);
    const scope = pokjaScope(index, records, 'pokja 1 – manajemen  perubahan');
    expect(scope.ok && scope.value.areas.map((a) => a.id)).toEqual(['A.I.1', 'A.II.1']);
    if (!scope.ok) return;
    expect(scope.value.pokja).toBe('Pokja 1 – Manajemen Perubahan');
    // Every question of the area, the % row and its Jumlah inputs; nothing of Pokja 2's area.
    expect(scope.value.items.has('A.I.1.iv.b')).toBe(true);
    expect(scope.value.items.has('A.II.1.i.a')).toBe(true);
    expect(scope.value.items.has('A.II.1.i.a.2')).toBe(true);
    expect(scope.value.items.has('A.I.2.i.a')).toBe(false);
  });

  it('takes a Hasil row, which has no area, by the group below its component', () => {
    expect(areaOf(index, 'B.I.a')?.id).toBe('B.I');
    expect(areaOf(index, 'A.II.1.i.a.1')?.id).toBe('A.II.1');
  });

  it('names the pokja the document knows when asked for another', () => {
    const scope = pokjaScope(index, assigned([['A.I.1.i.a', 'Pokja 1']]), 'Pokja 9');
    expect(scope).toEqual({
      ok: false,
      problems: [
        {
          code: 'export.unknownPokja',
          params: { pokja: 'Pokja 9', known: 'Pokja 1' },
          where: { field: 'pokja' },
        },
      ],
    });
  });
});
