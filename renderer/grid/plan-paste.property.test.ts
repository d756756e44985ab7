import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RecordField } from '../../shared/records/answer-record';
import { EMPTY_RECORD } from '../../shared/records/answer-record';
import { GRID_VIEWS, orderColumns } from '../views/grid-views';
import { fromTsv, toTsv } from './clipboard';
import type { GridRow, ItemRow } from './grid-rows';
import type { ShownGrid } from './plan-paste';
import { copyCells, planPaste } from './plan-paste';

// Every column the grid can have, and which of them a user fills (the others are computed or only read).
const ALL_COLUMNS = [
  'code',
  'title',
  'type',
  'answer',
  'fromLastYear',
  'value',
  'prior',
  'delta',
  'weight',
  'note',
  'evidence',
  'reviewerAnswer',
  'reviewerValue',
  'reviewerNote',
  'pokja',
  'status',
  'targetMonth',
  'completeness',
];
const FILLED = [
  'answer',
  'note',
  'evidence',
  'reviewerAnswer',
  'reviewerNote',
  'pokja',
  'status',
  'targetMonth',
];

// Texts as cells show them: empty, with spaces, quotes, tabs and newlines (which a copy must quote).
const text = fc.constantFrom(
  '',
  ' ',
  'Ya',
  'A',
  '1,00',
  '–',
  'SOP "baru"',
  'baris 1\nbaris 2',
  'a\tb',
  '"kutip',
  'x ',
);

const row = fc.oneof(
  fc.record({ heading: fc.constant(true as const) }),
  fc.record({
    heading: fc.constant(false as const),
    kind: fc.constantFrom('indicator' as const, 'input' as const),
    editable: fc.boolean(),
    cells: fc.dictionary(fc.constantFrom(...ALL_COLUMNS), text),
  }),
);

type RowSpec = typeof row extends fc.Arbitrary<infer T> ? T : never;

function makeGrid(
  specs: RowSpec[],
  view: (typeof GRID_VIEWS)[number],
  hidden: string[],
  shownExtra: string[],
): ShownGrid & { cells: Map<string, Record<string, string>> } {
  const cells = new Map<string, Record<string, string>>();
  const rows: GridRow[] = specs.map((spec, i): GridRow => {
    const id = `r${i}`;
    if (spec.heading)
      return {
        kind: 'heading',
        id,
        code: id,
        title: id,
        depth: 2,
        value: 0,
        weight: 1,
        empty: false,
        answered: 0,
        questions: 0,
        reviewerValue: null,
        reviewed: 0,
      };
    cells.set(id, spec.cells);
    const item: ItemRow = {
      kind: spec.kind,
      id,
      code: id,
      title: id,
      depth: 3,
      answerTypeLabel: '',
      type: undefined,
      editable: spec.editable,
      record: EMPTY_RECORD,
      value: null,
      reviewerValue: null,
      weight: null,
      optionTexts: undefined,
      guidance: undefined,
    };
    return item;
  });
  const columns = orderColumns(ALL_COLUMNS, view, { hidden, shown: shownExtra })
    .filter((c) => !c.hide)
    .map((c) => c.id);
  return {
    rows,
    columns,
    cells,
    fieldOf: (col) => (FILLED.includes(col) ? (col as RecordField) : null),
    writable: (r, field) =>
      field === 'answer' || field === 'reviewerAnswer'
        ? r.editable
        : r.kind === 'indicator' || field === 'note',
    shown: (r, col) => cells.get(r.id)?.[col] ?? '',
  };
}

const gridArb = fc
  .record({
    specs: fc.array(row, { minLength: 1, maxLength: 10 }),
    view: fc.constantFrom(...GRID_VIEWS),
    hidden: fc.subarray(ALL_COLUMNS),
    shownExtra: fc.subarray(ALL_COLUMNS),
  })
  .map(({ specs, view, hidden, shownExtra }) => makeGrid(specs, view, hidden, shownExtra));

/** A range on the grid: rows from top to bottom, columns from left to right of those shown. */
const withRange = gridArb.chain((grid) =>
  fc
    .record({
      a: fc.nat(grid.rows.length - 1),
      b: fc.nat(grid.rows.length - 1),
      l: fc.nat(grid.columns.length - 1),
      r: fc.nat(grid.columns.length - 1),
    })
    .map(({ a, b, l, r }) => ({
      grid,
      bounds: {
        top: Math.min(a, b),
        bottom: Math.max(a, b),
        columns: grid.columns.slice(Math.min(l, r), Math.max(l, r) + 1),
      },
    })),
);

describe('paste, over random ranges, views and hidden columns', () => {
  it('changes nothing when a copy is pasted back onto the same cells', () => {
    fc.assert(
      fc.property(withRange, ({ grid, bounds }) => {
        const copied = copyCells(grid, bounds);
        fc.pre(copied.length > 0);
        // Through the clipboard as Excel and the grid exchange it.
        const plan = planPaste(fromTsv(toTsv(copied)), grid, bounds);
        expect(plan).toEqual({ ok: true, edits: [], skipped: { cells: 0, columns: [] } });
      }),
      { numRuns: 1000 },
    );
  });

  it('lands each pasted value in the column shown above it, in the next row shown, or says it skipped it', () => {
    const block = fc.record({
      height: fc.integer({ min: 1, max: 5 }),
      width: fc.integer({ min: 1, max: 6 }),
    });
    fc.assert(
      fc.property(withRange, block, ({ grid, bounds }, { height, width }) => {
        // Values no cell shows, each naming where it was in the pasted block.
        const cells = Array.from({ length: height }, (_, i) =>
          Array.from({ length: width }, (_, j) => `v${i}.${j}`),
        );
        fc.pre(height * width > 1);
        const start = { top: bounds.top, bottom: bounds.top, columns: bounds.columns.slice(0, 1) };
        const plan = planPaste(cells, grid, start);
        const left = grid.columns.indexOf(start.columns[0] as string);
        const targets = grid.rows.slice(start.top).filter((r) => r.kind !== 'heading');
        if (height > targets.length) {
          expect(plan).toMatchObject({ ok: false, reason: 'tooManyRows' });
          return;
        }
        if (left + width > grid.columns.length) {
          expect(plan).toMatchObject({ ok: false, reason: 'tooManyColumns' });
          return;
        }
        if (!plan.ok) throw new Error(`refused: ${plan.reason}`);
        for (const edit of plan.edits) {
          const [i, j] = (edit.text as string).slice(1).split('.').map(Number) as [number, number];
          expect(edit.field).toBe(grid.columns[left + j]);
          expect(edit.itemId).toBe(targets[i]?.id);
          expect(edit.line).toBe(i + 1);
        }
        expect(plan.edits.length + plan.skipped.cells).toBe(height * width);
        for (const col of plan.skipped.columns) expect(grid.columns).toContain(col);
      }),
      { numRuns: 1000 },
    );
  });
});
