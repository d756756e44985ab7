import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerRecord, RecordField } from '../records/answer-record';
import { EMPTY_RECORD, RECORD_FIELDS } from '../records/answer-record';
import { applyChanges, recordOf } from '../records/apply-changes';
import { EMPTY_METADATA } from '../records/document-metadata';
import type { FieldValue } from '../records/record-change';
import type { MergeSide } from '../merge/three-way';
import { planSync } from './plan-sync';
import { reconcile } from './reconcile';
import type { SyncAction } from './sync-protocol';

/** Values each field may take in a random history (blanks of every kind included), as the merge's tests. */
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
const edits = (field: RecordField) => fc.array(fc.constantFrom(...VALUES[field]), { maxLength: 4 });

/** One field's story on three sides: its value at the clone, then the edits of the server and of two laptops. */
const fieldStory = fc
  .record({ item: fc.constantFrom(...ITEMS), field: fc.constantFrom(...RECORD_FIELDS) })
  .chain(({ item, field }) =>
    fc.record({
      item: fc.constant(item),
      field: fc.constant(field),
      base: fc.constantFrom(...VALUES[field]),
      server: edits(field),
      a: edits(field),
      b: edits(field),
    }),
  );
const scenario = fc.record({
  stories: fc.uniqueArray(fieldStory, { maxLength: 20, selector: (s) => `${s.item}|${s.field}` }),
  takeA: fc.constantFrom<MergeSide>('mine', 'theirs'),
  takeB: fc.constantFrom<MergeSide>('mine', 'theirs'),
  aFirst: fc.boolean(),
});

// The rule, written out the plain way, independently of three-way.ts and plan-sync.ts: a field changed
// only on the laptop is taken; changed only on the server stays; changed on both to different values is a
// conflict settled by the side chosen (mine: the laptop's).
const blank = (v: FieldValue): boolean => v === null || v === '' || (Array.isArray(v) && v.length === 0);
const equal = (a: FieldValue, b: FieldValue): boolean =>
  blank(a) ? blank(b) : !blank(b) && JSON.stringify(a) === JSON.stringify(b);
function expected(base: FieldValue, server: FieldValue, laptop: FieldValue, take: MergeSide) {
  if (equal(laptop, base) || equal(laptop, server)) return { value: server, conflict: false };
  if (equal(server, base)) return { value: laptop, conflict: false };
  return { value: take === 'mine' ? laptop : server, conflict: true };
}

type Records = Map<string, AnswerRecord>;
/** The records after changes (applyChanges gives only the records it changed). */
const apply = (records: Records, changes: Parameters<typeof applyChanges>[1]): Records =>
  new Map([...records, ...applyChanges({ records, metadata: EMPTY_METADATA }, changes).records]);
const last = (base: FieldValue, values: FieldValue[]): FieldValue =>
  values.length ? (values.at(-1) as FieldValue) : base;

/** A laptop: its records and the actions it has not sent, one per edit, each with the value before it. */
class Laptop {
  actions: SyncAction[] = [];
  constructor(
    readonly name: string,
    public records: Records,
  ) {}
  edit(itemId: string, field: RecordField, value: FieldValue): void {
    const before = recordOf(this.records, itemId)[field];
    if (JSON.stringify(before) === JSON.stringify(value)) return;
    this.actions.push({
      uid: `${this.name}:${this.actions.length + 1}`,
      at: '2026-05-12T10:00:00Z',
      author: this.name,
      changes: [{ itemId, field, before, after: value }],
    });
    this.records = apply(this.records, [{ itemId, field, before, after: value }]);
  }
}

/** One sync: without a side first (conflicts write nothing), then with the side; the laptop ends equal. */
function sync(laptop: Laptop, server: { records: Records }, take: MergeSide) {
  const unsettled = planSync(laptop.actions, server.records, { refusal: () => null });
  const settled = planSync(laptop.actions, server.records, { refusal: () => null, take });
  server.records = apply(server.records, settled.changes);
  laptop.records = apply(laptop.records, reconcile(laptop.records, server.records));
  laptop.actions = [];
  return unsettled;
}

describe('a replica synced by the three-way rule', () => {
  it('two laptops and the server edit offline, sync in either order: every field ends as the rule says', () => {
    fc.assert(
      fc.property(scenario, ({ stories, takeA, takeB, aFirst }) => {
        const clone: Records = new Map();
        for (const s of stories)
          clone.set(s.item, { ...(clone.get(s.item) ?? EMPTY_RECORD), [s.field]: s.base });
        const server = { records: new Map(clone) };
        const a = new Laptop('a', new Map(clone));
        const b = new Laptop('b', new Map(clone));
        for (const s of stories) {
          for (const v of s.server)
            server.records = apply(server.records, [
              { itemId: s.item, field: s.field, before: recordOf(server.records, s.item)[s.field], after: v },
            ]);
          for (const v of s.a) a.edit(s.item, s.field, v);
          for (const v of s.b) b.edit(s.item, s.field, v);
        }
        const [first, second] = aFirst ? [a, b] : [b, a];
        const [takeFirst, takeSecond] = aFirst ? [takeA, takeB] : [takeB, takeA];
        const firstSync = sync(first, server, takeFirst);
        const secondSync = sync(second, server, takeSecond);
        // The first laptop syncs again and takes the second's work.
        sync(first, server, takeFirst);
        for (const s of stories) {
          const base = s.base;
          const [x, y] = aFirst ? [s.a, s.b] : [s.b, s.a];
          const afterFirst = expected(base, last(base, s.server), last(base, x), takeFirst);
          const afterSecond = expected(base, afterFirst.value, last(base, y), takeSecond);
          const where = `${s.item} ${s.field}`;
          const conflicted = (plan: ReturnType<typeof planSync>) =>
            plan.conflicts.some((c) => c.itemId === s.item && c.field === s.field);
          expect(conflicted(firstSync), `${where} first conflict`).toBe(afterFirst.conflict);
          expect(conflicted(secondSync), `${where} second conflict`).toBe(afterSecond.conflict);
          const got = recordOf(server.records, s.item)[s.field];
          expect(equal(got, afterSecond.value), `${where}: ${JSON.stringify(got)}`).toBe(true);
          for (const laptop of [a, b])
            expect(equal(recordOf(laptop.records, s.item)[s.field], got), `${where} on ${laptop.name}`).toBe(
              true,
            );
        }
        // Conflicts name base, the laptop's value and the server's.
        for (const c of [...firstSync.conflicts, ...secondSync.conflicts]) {
          expect(equal(c.ours, c.base) || equal(c.theirs, c.base) || equal(c.ours, c.theirs)).toBe(false);
          expect(c.choice).toBeNull();
        }
        expect(firstSync.unresolved).toBe(firstSync.conflicts.length);
      }),
      { numRuns: 500 },
    );
  });

  it('a field the role does not allow is refused with its reason and not written', () => {
    const server = new Map<string, AnswerRecord>([['A.I.1.i.a', { ...EMPTY_RECORD, pokja: 'Pokja 1' }]]);
    const plan = planSync(
      [
        {
          uid: 'x:1',
          at: '2026-05-12T10:00:00Z',
          author: 'ani',
          changes: [
            { itemId: 'A.I.1.i.a', field: 'note', before: null, after: 'boleh' },
            { itemId: 'B.I.a', field: 'note', before: null, after: 'bukan areanya' },
          ],
        },
      ],
      server,
      { refusal: (itemId) => (itemId === 'B.I.a' ? 'B.I.a is not in an area of Pokja 1' : null) },
    );
    expect(plan.changes).toEqual([{ itemId: 'A.I.1.i.a', field: 'note', before: null, after: 'boleh' }]);
    expect(plan.refused).toEqual([
      { itemId: 'B.I.a', field: 'note', reason: 'B.I.a is not in an area of Pokja 1' },
    ]);
  });
});
