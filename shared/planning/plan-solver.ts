import type { Block } from './plan-blocks';

/**
 * A lower bound on what the chosen candidates add: to the grand total (`nodes` "total") or to the sum of
 * some nodes (an area read whole is its Pemenuhan and Reform halves together).
 */
export interface GainBound {
  key: string;
  nodes: readonly string[] | 'total';
  atLeast: number;
}

export interface SolverRequest {
  blocks: readonly Block[];
  /** Minimise effort subject to these bounds; or, with `maximise`, the largest total gain. */
  bounds: readonly GainBound[];
  maximise?: boolean;
  /** Combinations already tried and found wanting: each as [block, candidate] pairs, excluded. */
  excluded?: readonly (readonly [number, number])[][];
}

/** A 0–1 programme: binary columns with costs, rows `lower ≤ Σ coefficient × column ≤ upper`. */
export interface BinaryProgram {
  sense: 'minimize' | 'maximize';
  cost: number[];
  rows: { lower: number; upper: number; terms: [column: number, coefficient: number][] }[];
}

/**
 * A mixed-integer programme solver: the value of each column in an optimal solution, or that there is
 * none. The service provides HiGHS (WebAssembly).
 */
export type LpSolver = (program: BinaryProgram) => {
  status: 'optimal' | 'infeasible' | 'failed';
  values: number[];
};

/** The chosen candidate of each block that changes (block index → candidate index). */
export type Selection = Map<number, number>;

/**
 * The linear part of the plan as a 0–1 programme: one binary per candidate of a block, at most one per
 * block, the sum of their gains at least each bound, least effort. Null when no choice reaches the
 * bounds. (Breaking ties in effort towards the larger gain in the objective made HiGHS ten times slower
 * on the real workbook: it is left out.)
 */
export function solveSelection(request: SolverRequest, solver: LpSolver): Selection | null {
  const { blocks, bounds } = request;
  if (!request.maximise && bounds.every((b) => b.atLeast <= 1e-12)) return new Map();
  const columns: [number, number][] = [];
  const cost: number[] = [];
  const rows: BinaryProgram['rows'] = [];
  const boundRows = bounds.map((b) => ({
    lower: b.atLeast,
    upper: Infinity,
    terms: [] as [number, number][],
  }));
  const columnOf = new Map<string, number>();
  blocks.forEach((block, b) => {
    if (block.candidates.length === 0) return;
    const own: [number, number][] = [];
    block.candidates.forEach((candidate, k) => {
      const column = columns.length;
      columns.push([b, k]);
      columnOf.set(`${b}:${k}`, column);
      own.push([column, 1]);
      cost.push(request.maximise ? candidate.gain : candidate.effort);
      bounds.forEach((bound, i) => {
        const gain =
          bound.nodes === 'total'
            ? candidate.gain
            : bound.nodes.reduce((sum, node) => sum + (candidate.nodeGains[node] ?? 0), 0);
        if (gain !== 0) boundRows[i]?.terms.push([column, gain]);
      });
    });
    rows.push({ lower: -Infinity, upper: 1, terms: own });
  });
  for (const row of boundRows) {
    if (row.terms.length === 0 && row.lower > 1e-12) return null;
    // A bound met already that no choice can lower is left out: fewer rows, a faster proof.
    if (row.lower <= 1e-12 && row.terms.every(([, c]) => c >= 0)) continue;
    if (row.terms.length) rows.push(row);
  }
  for (const combination of request.excluded ?? []) {
    const terms = combination.flatMap(([b, k]) => {
      const column = columnOf.get(`${b}:${k}`);
      return column === undefined ? [] : [[column, 1] as [number, number]];
    });
    if (terms.length) rows.push({ lower: -Infinity, upper: terms.length - 1, terms });
  }
  if (columns.length === 0) return bounds.every((b) => b.atLeast <= 1e-12) ? new Map() : null;
  const solution = solver({ sense: request.maximise ? 'maximize' : 'minimize', cost, rows });
  if (solution.status !== 'optimal') return null;
  const selection: Selection = new Map();
  columns.forEach(([b, k], column) => {
    if ((solution.values[column] ?? 0) >= 0.5) selection.set(b, k);
  });
  return selection;
}
