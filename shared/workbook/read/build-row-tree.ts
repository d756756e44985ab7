import { continues, sameStyle, startsList } from './numbering';
import type { LkeRow } from './read-rows';

/** A row of the LKE with the rows nested under it. */
export interface RowNode {
  row: LkeRow;
  children: RowNode[];
  /** Set when rows at this node's own level nest under it: its sub-list restarted the numbering. */
  holdsSameLevel?: boolean;
}

export interface RowTree {
  roots: RowNode[];
  /** "TOTAL PENGUNGKIT", "NILAI EVALUASI …": the workbook's own sums, outside the tree. */
  totals: LkeRow[];
  /** The title of the row holding the grand total, when the formulas name it. */
  rootTitle?: string;
}

/**
 * Nests rows by the column of their code: a row belongs to the nearest row above it standing further
 * left. One exception, found in the official ZI workbook: a sub-area ("iii. Penyampaian Laporan Harta
 * Kekayaan") whose parts are numbered again from "i." in the same column; a list that restarts right
 * under a row without children nests under that row, until the outer list continues ("iv.").
 */
export function buildRowTree(rows: LkeRow[]): RowTree {
  const roots: RowNode[] = [];
  const totals: LkeRow[] = [];
  const stack: RowNode[] = [];
  for (const row of rows) {
    if (row.isTotal) {
      while (stack.length && (stack[stack.length - 1] as RowNode).row.level >= row.level) stack.pop();
      totals.push(row);
      continue;
    }
    while (stack.length && closes(stack[stack.length - 1] as RowNode, row)) stack.pop();
    const parent = stack[stack.length - 1];
    const siblings = parent ? parent.children : roots;
    const previous = siblings[siblings.length - 1];
    const node: RowNode = { row, children: [] };
    if (previous && restartsUnder(previous, row)) {
      previous.holdsSameLevel = true;
      previous.children.push(node);
      stack.push(previous);
    } else siblings.push(node);
    stack.push(node);
  }
  return { roots, totals };
}

/** Whether `row` ends the open node `open` (so that it must be popped before placing `row`). */
function closes(open: RowNode, row: LkeRow): boolean {
  if (open.row.level > row.level) return true;
  if (open.row.level < row.level) return false;
  if (!open.holdsSameLevel) return true;
  // A container of a restarted list stays open for its parts, and closes when its own list continues.
  return !!(open.row.code && row.code && continues(open.row.code, row.code));
}

function restartsUnder(previous: RowNode, row: LkeRow): boolean {
  const before = previous.row;
  return (
    before.level === row.level &&
    previous.children.length === 0 &&
    !before.hasAnswerCell &&
    before.weight !== null &&
    !!before.code &&
    !!row.code &&
    startsList(row.code) &&
    // "iii." then "i." restarts; "i." then "i." is two lists side by side; "iii." then "a." opens parts.
    !(startsList(before.code) && sameStyle(before.code, row.code))
  );
}
