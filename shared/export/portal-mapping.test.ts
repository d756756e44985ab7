import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../records/answer-record';
import { EMPTY_RECORD } from '../records/answer-record';
import { recordIds } from '../records/diff-records';
import { builtinTemplate } from '../builtin-templates';
import type { TemplateIndex } from '../template/template-index';
import { indexTemplate } from '../template/template-index';
import type { Template } from '../template/template-schema';
import { mapToPortal } from './portal-mapping';

const zi2021 = indexTemplate(builtinTemplate('zi-2021') as Template);
const zi2026 = indexTemplate(builtinTemplate('zi-2026') as Template);

/** A record on every item, its note naming the item, so that where each one lands can be read. */
const everything = (index: TemplateIndex): Map<string, AnswerRecord> =>
  new Map(recordIds(index).map((id) => [id, { ...EMPTY_RECORD, note: `note ${id}` }]));

describe('placing a document on the 2026 upload questions', () => {
  it('places a 2026 document on itself', () => {
    const mapping = mapToPortal(zi2026, everything(zi2026), zi2026);
    expect(mapping.notices).toEqual([]);
    expect([...mapping.placed].every(([from, to]) => from === to)).toBe(true);
  });

  it('places 119 of the 127 soal of a 2021 document by the same question, the swapped pair by title', () => {
    const mapping = mapToPortal(zi2021, everything(zi2021), zi2026);
    const soal = [...mapping.placed.values()].filter((id) => zi2026.answerables.has(id));
    expect(soal).toHaveLength(119);
    // 2021 asks "perbaikan terus menerus" as v.b and "database terintegrasi" as v.c; 2026 the other way round.
    expect(mapping.records.get('A.I.6.v.b')?.note).toBe('note A.I.6.v.c');
    expect(mapping.records.get('A.I.6.v.c')?.note).toBe('note A.I.6.v.b');
  });

  it('reports the LHKPN and non-LHKPN counts, which 2026 asks differently, as not placed', () => {
    const mapping = mapToPortal(zi2021, everything(zi2021), zi2026);
    const empty = mapping.notices.filter((n) => n.code === 'export.portalEmpty').map((n) => n.params?.code);
    expect(empty).toEqual([
      'A.II.5.iii.a.a.1',
      'A.II.5.iii.a.a.2',
      'A.II.5.iii.a.a.3',
      'A.II.5.iii.a.a.4',
      'A.II.5.iii.b.a.1',
      'A.II.5.iii.b.a.2',
      'A.II.5.iii.b.a.3',
      'A.II.5.iii.b.a.4',
    ]);
    const unplaced = mapping.notices
      .filter((n) => n.code === 'export.portalUnplaced')
      .map((n) => n.params?.code);
    expect(unplaced).toContain('A.II.5.iii.i.a.4');
    expect(unplaced).toContain('A.II.5.iii.b.a.5');
  });
});
