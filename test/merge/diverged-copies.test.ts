import fc from 'fast-check';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerRecord, RecordField } from '../../shared/records/answer-record';
import { RECORD_FIELDS } from '../../shared/records/answer-record';
import { recordOf } from '../../shared/records/apply-changes';
import { recordIds } from '../../shared/records/diff-records';
import type { FieldValue } from '../../shared/records/record-change';
import { builtinTemplate } from '../../shared/builtin-templates';
import type { Template } from '../../shared/template/template-schema';
import { indexTemplate } from '../../shared/template/template-index';
import { createDocument } from '../../service/documents/create-document';
import { DocumentSession } from '../../service/documents/document-session';
import { setFields } from '../../service/documents/edit-records';
import { listHistory } from '../../service/documents/history';
import { redo, undo } from '../../service/documents/undo-redo';
import { mergeDocumentFile } from '../../service/merge/merge-document-file';

const template = builtinTemplate('zi-2021') as Template;
const index = indexTemplate(template);
const folder = mkdtempSync(join(tmpdir(), 'rbw-diverged-'));

// A few items and fields, each with the values a user might type (blank included).
const ITEMS = ['A.I.1.i.a', 'A.I.1.i.b', 'A.I.1.iii.c', 'A.II.1.i.a.2'];
const VALUES: Partial<Record<RecordField, unknown[]>> = {
  note: ['', 'SK terbit', 'belum ada'],
  status: ['', 'belum', 'proses', 'selesai'],
  pokja: ['', 'Pokja 1', 'Pokja 2'],
};
function valuesOf(itemId: string, field: RecordField): unknown[] {
  if (field !== 'answer') return VALUES[field] ?? [];
  const type = index.answerables.get(itemId)?.type;
  if (type?.kind === 'choice') return ['', ...type.options.map((o) => o.key)];
  return ['', 0, 3, 7];
}
const FIELDS: RecordField[] = ['answer', 'note', 'status', 'pokja'];

/** One step of a user's session: an edit, or an undo / redo. */
type Step = { kind: 'edit'; itemId: string; field: RecordField; pick: number } | { kind: 'undo' | 'redo' };
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      itemId: fc.constantFrom(...ITEMS),
      field: fc.constantFrom(...FIELDS),
      pick: fc.nat(10),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const) }) },
);

function play(session: DocumentSession, steps: Step[], author: string): void {
  for (const s of steps) {
    if (s.kind !== 'edit') {
      if (s.kind === 'undo') undo(session, 1, author);
      else redo(session, 1, author);
    } else {
      const values = valuesOf(s.itemId, s.field);
      setFields(
        session,
        [{ itemId: s.itemId, field: s.field, value: values[s.pick % values.length] }],
        author,
      );
    }
  }
}

const snapshot = (session: DocumentSession) =>
  new Map(recordIds(index).map((id) => [id, { ...recordOf(session.records, id) }] as [string, AnswerRecord]));

// The rule of issue 14, item 2, the plain way, independently of shared/merge.
const blank = (v: FieldValue) => v === null || v === '' || (Array.isArray(v) && v.length === 0);
const equal = (a: FieldValue, b: FieldValue) =>
  blank(a) ? blank(b) : !blank(b) && JSON.stringify(a) === JSON.stringify(b);
function expected(base: FieldValue, ours: FieldValue, theirs: FieldValue, take: 'theirs' | 'mine') {
  if (equal(theirs, base)) return { value: ours, conflict: false };
  if (equal(ours, base)) return { value: theirs, conflict: false };
  if (equal(ours, theirs)) return { value: ours, conflict: false };
  return { value: take === 'theirs' ? theirs : ours, conflict: true };
}

describe('two copies of a document edited apart, merged (random histories)', () => {
  it('ends every field as the three-way rule says; conflicts hold the merge back; undo restores exactly', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { maxLength: 8 }),
        fc.array(step, { maxLength: 10 }),
        fc.array(step, { maxLength: 10 }),
        fc.constantFrom<'theirs' | 'mine'>('theirs', 'mine'),
        async (shared, office, field, take) => {
          n++;
          const ours = join(folder, `kantor-${n}.rbw`);
          const theirs = join(folder, `lapangan-${n}.rbw`);
          await createDocument(ours, { template, author: 'tester' });
          let a = await DocumentSession.open(ours);
          play(a, shared, 'koordinator');
          const base = snapshot(a);
          a.close();
          copyFileSync(ours, theirs);
          a = await DocumentSession.open(ours);
          const b = await DocumentSession.open(theirs);
          try {
            play(a, office, 'koordinator');
            play(b, field, 'pokja');
            const mine = snapshot(a);
            const other = snapshot(b);
            b.close();
            const steps = listHistory(a, { limit: 1000 }).entries.length;

            // Unsettled: nothing written, exactly the rule's conflicts listed.
            const held = await mergeDocumentFile(a, theirs, 'koordinator');
            const want = new Map<string, { value: FieldValue; conflict: boolean }>();
            for (const id of recordIds(index)) {
              for (const f of RECORD_FIELDS) {
                const get = (m: Map<string, AnswerRecord>) => (m.get(id) as AnswerRecord)[f];
                want.set(`${id} ${f}`, expected(get(base), get(mine), get(other), take));
              }
            }
            const conflicts = [...want].filter(([, w]) => w.conflict).map(([k]) => k);
            expect(held.conflicts.map((c) => `${c.itemId} ${c.field}`).sort()).toEqual(conflicts.sort());
            if (conflicts.length) {
              expect(held.applied).toBe(false);
              expect(snapshot(a)).toEqual(mine);
              expect(listHistory(a, { limit: 1000 }).entries.length).toBe(steps);
            }

            const done = await mergeDocumentFile(a, theirs, 'koordinator', { choices: { all: take } });
            for (const [key, w] of want) {
              const [id, f] = key.split(' ') as [string, RecordField];
              expect(equal(recordOf(a.records, id)[f], w.value), key).toBe(true);
            }
            // Without conflicts the first call merged already; the second then has nothing left to take.
            expect(held.applied && done.applied).toBe(false);
            if (held.applied || done.applied) {
              expect(listHistory(a, { limit: 1 }).entries[0]).toMatchObject({
                kind: 'merge',
                label: `lapangan-${n}.rbw`,
              });
              undo(a, 1, 'koordinator');
            }
            const after = snapshot(a);
            for (const [id, record] of mine) expect(after.get(id), id).toEqual(record);
          } finally {
            a.close();
            b.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
