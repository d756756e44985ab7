import { describe, expect, it } from 'vitest';
import type { RowNode } from './build-row-tree';
import { buildRowTree } from './build-row-tree';
import type { LkeRow } from './read-rows';

const row = (r: number, level: number, code: string | null, extra: Partial<LkeRow> = {}): LkeRow => ({
  row: r,
  level,
  code,
  title: `row ${r}`,
  weight: null,
  typeLabel: null,
  computed: false,
  hasAnswerCell: false,
  hasValueFormula: true,
  isTotal: false,
  ...extra,
});
const group = (r: number, level: number, code: string | null, weight = 1): LkeRow =>
  row(r, level, code, { weight });
const question = (r: number, level: number, code: string | null): LkeRow =>
  row(r, level, code, { typeLabel: 'A/B/C', hasAnswerCell: true });
const shape = (nodes: RowNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? [n.row.row, shape(n.children)] : n.row.row));

describe('nesting LKE rows by the column of their code', () => {
  it('puts each row under the nearest row further left', () => {
    const tree = buildRowTree([
      group(1, 1, 'A.'),
      group(2, 2, 'I.'),
      group(3, 4, 'i.'),
      question(4, 5, 'a.'),
      question(5, 5, 'b.'),
      group(6, 4, 'ii.'),
      question(7, 5, 'a.'),
    ]);
    expect(shape(tree.roots)).toEqual([
      [
        1,
        [
          [
            2,
            [
              [3, [4, 5]],
              [6, [7]],
            ],
          ],
        ],
      ],
    ]);
  });

  it('nests a list numbered again from "i." under the sub-area above it, until its own list continues', () => {
    // The official ZI sheet: iii. Penyampaian LHK (E175) holds i. LHKPN (E176) and an unnumbered LHKASN (F183).
    const tree = buildRowTree([
      group(1, 4, 'ii.'),
      question(2, 5, '-'),
      group(3, 4, 'iii.', 2),
      group(4, 4, 'i.'),
      question(5, 5, '-'),
      group(6, 4, null),
      question(7, 5, '-'),
      group(8, 4, 'iv.'),
      question(9, 5, 'a.'),
    ]);
    expect(shape(tree.roots)).toEqual([
      [1, [2]],
      [
        3,
        [
          [4, [5]],
          [6, [7]],
        ],
      ],
      [8, [9]],
    ]);
  });

  it('nests parts lettered "a.", "b." under a roman-numbered sub-area without questions of its own', () => {
    const tree = buildRowTree([
      group(1, 4, 'iii.', 2),
      group(2, 4, 'a.'),
      question(3, 5, '-'),
      group(4, 4, 'b.'),
      question(5, 5, '-'),
    ]);
    expect(shape(tree.roots)).toEqual([
      [
        1,
        [
          [2, [3]],
          [4, [5]],
        ],
      ],
    ]);
  });

  it('keeps TOTAL rows out of the tree and closes what they follow', () => {
    const tree = buildRowTree([
      group(1, 1, 'A.'),
      question(2, 2, 'a.'),
      row(3, 1, null, { isTotal: true }),
      group(4, 1, 'B.'),
    ]);
    expect(shape(tree.roots)).toEqual([[1, [2]], 4]);
    expect(tree.totals.map((t) => t.row)).toEqual([3]);
  });
});
