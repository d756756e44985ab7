import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerRecord, RecordField } from '../records/answer-record';
import { EMPTY_RECORD, RECORD_FIELDS } from '../records/answer-record';
import { applyChanges } from '../records/apply-changes';
import { EMPTY_METADATA } from '../records/document-metadata';
import type { FieldValue } from '../records/record-change';
import type { FieldSides, MergeSide } from './three-way';
import { planMerge, resolveMerge } from './three-way';

/** Values each field may take in a random history (blanks of every kind included). */
const VALUES: Record<RecordField, FieldValue[]> = {
  answer: [null, 'A', 'B', 'D', 'Ya', 3, 0],
  note: [null, '', 'SK terbit', 'belum ada'],
  evidence: [[], [{ text: 'SK Tim' }], [{ text: 'SK Tim', url: 'https://drive.example/a' }]],
  reviewerAnswer: [null, 'C', 'Tidak'],
  reviewerNote: [null, 'kurang bukti'],
  pokja: [null, 'Pokja 1', 'Pokja 2'],
  status: [null, 'belum', 'proses', 'selesai'],
  targetMonth: [null, '2026-05', '2026-06'],
};
const ITEMS = ['A.I.1.i.a', 'A.I.1.iii.c', 'A.II.1.i.a.2'];

/** One field's story: its base and the edits each side made since (possibly back to the base). */
const fieldHistory = (field: RecordField) =>
  fc.record({
    base: fc.constantFrom(...VALUES[field]),
    ours: fc.array(fc.constantFrom(...VALUES[field]), { maxLength: 4 }),
    theirs: fc.array(fc.constantFrom(...VALUES[field]), { maxLength: 4 }),
    choice: fc.constantFrom<MergeSide>('theirs', 'mine'),
  });
const histories = fc.array(
  fc
    .record({ item: fc.constantFrom(...ITEMS), field: fc.constantFrom(...RECORD_FIELDS) })
    .chain(({ item, field }) => fieldHistory(field).map((h) => ({ item, field, ...h }))),
  { maxLength: 25 },
);

// The rule of issue 14, item 2, written out the plain way, independently of three-way.ts.
const blank = (v: FieldValue): boolean => v === null || v === '' || (Array.isArray(v) && v.length === 0);
const equal = (a: FieldValue, b: FieldValue): boolean =>
  blank(a) ? blank(b) : !blank(b) && JSON.stringify(a) === JSON.stringify(b);
function expectedField(
  base: FieldValue | undefined,
  ours: FieldValue,
  theirs: FieldValue,
  choice: MergeSide,
  allowBlank: boolean,
): { value: FieldValue; conflict: boolean } {
  if (base === undefined) {
    // No base: the file's value after a choice, except that an empty cell never blanks a value.
    if (equal(ours, theirs)) return { value: ours, conflict: false };
    if (blank(theirs) && !allowBlank) return { value: ours, conflict: false };
    return { value: choice === 'theirs' ? theirs : ours, conflict: true };
  }
  const fileChanged = !equal(theirs, base);
  const documentChanged = !equal(ours, base);
  if (!fileChanged) return { value: ours, conflict: false };
  if (!documentChanged) return { value: theirs, conflict: false };
  if (equal(ours, theirs)) return { value: ours, conflict: false };
  return { value: choice === 'theirs' ? theirs : ours, conflict: true };
}

function run(withBase: boolean, allowBlank: boolean) {
  fc.assert(
    fc.property(histories, (stories) => {
      // The last story of an item and field wins (one field has one history).
      const byField = new Map(stories.map((s) => [`${s.item}|${s.field}`, s]));
      const records = new Map<string, AnswerRecord>();
      const sides: FieldSides[] = [];
      for (const s of byField.values()) {
        const ours = s.ours.length ? (s.ours[s.ours.length - 1] as FieldValue) : s.base;
        const theirs = s.theirs.length ? (s.theirs[s.theirs.length - 1] as FieldValue) : s.base;
        records.set(s.item, { ...(records.get(s.item) ?? EMPTY_RECORD), [s.field]: ours });
        sides.push({
          itemId: s.item,
          field: s.field,
          baseKnown: withBase,
          base: withBase ? s.base : null,
          ours,
          theirs,
        });
      }
      const plan = planMerge(sides, { allowBlank });
      // Without a choice nothing is settled: exactly the conflicts of the rule are left.
      const unsettled = resolveMerge(plan, {});
      const choices = [...byField.values()].map((s) => ({ itemId: s.item, field: s.field, take: s.choice }));
      const settled = resolveMerge(plan, { fields: choices });
      expect(settled.unresolved).toEqual([]);
      const after = applyChanges({ records, metadata: EMPTY_METADATA }, settled.changes).records;
      for (const s of byField.values()) {
        const ours = records.get(s.item)?.[s.field] as FieldValue;
        const sideOf = sides.find((x) => x.itemId === s.item && x.field === s.field) as FieldSides;
        const want = expectedField(withBase ? s.base : undefined, ours, sideOf.theirs, s.choice, allowBlank);
        const got = (after.get(s.item) ?? records.get(s.item))?.[s.field] as FieldValue;
        expect(equal(got, want.value), `${s.item} ${s.field}`).toBe(true);
        const conflicted = unsettled.unresolved.some((c) => c.itemId === s.item && c.field === s.field);
        expect(conflicted, `${s.item} ${s.field} conflict`).toBe(want.conflict);
        // A field the merge leaves alone is not written at all.
        if (equal(want.value, ours))
          expect(
            settled.changes.some((c) => c.itemId === s.item && c.field === s.field && !equal(c.after, ours)),
          ).toBe(false);
      }
    }),
    { numRuns: 400 },
  );
}

describe('three-way merge of fields', () => {
  it('follows the rule over random edit histories on both sides', () => run(true, false));
  it('without a base: every difference is chosen, empty cells never blank a value', () => run(false, false));
  it('without a base, blanks allowed: an empty cell blanks a value once chosen', () => run(false, true));

  it('the issue’s scenario: a stale copy blanks nothing, a two-sided change is a conflict', () => {
    const plan = planMerge([
      // merged earlier from the filled copy, blank at export, blank in the stale copy
      { itemId: 'A.I.1.i.a', field: 'answer', baseKnown: true, base: null, ours: 'Ya', theirs: null },
      { itemId: 'A.I.1.i.a', field: 'note', baseKnown: true, base: null, ours: 'SK tim', theirs: '' },
      // the coordinator's B, the stale copy's D
      { itemId: 'A.I.1.iii.c', field: 'answer', baseKnown: true, base: null, ours: 'B', theirs: 'D' },
    ]);
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts).toEqual([
      { itemId: 'A.I.1.iii.c', field: 'answer', baseKnown: true, base: null, ours: 'B', theirs: 'D' },
    ]);
    expect(resolveMerge(plan, { all: 'mine' }).changes).toEqual([]);
    expect(resolveMerge(plan, { all: 'theirs' }).changes).toEqual([
      { itemId: 'A.I.1.iii.c', field: 'answer', before: 'B', after: 'D' },
    ]);
  });
});
