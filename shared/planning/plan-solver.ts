import type { Coefficients, Constraint } from 'yalps';
import { solve } from 'yalps';
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

/** The chosen candidate of each block that changes (block index → candidate index). */
export type Selection = Map<number, number>;

/**
 * The linear part of the plan as a 0–1 programme, solved exactly by branch and bound (yalps): one
 * binary per candidate of a block, at most one per block, the sum of their gains at least each bound,
 * least effort. Ties in effort go to the larger gain. Null when no choice reaches the bounds.
 */
export function solveSelection(request: SolverRequest): Selection | null {
  const { blocks, bounds } = request;
  const variables = new Map<string, Coefficients>();
  const constraints = new Map<string, Constraint>();
  let largestGain = 0;
  blocks.forEach((block) => (largestGain += Math.max(0, ...block.candidates.map((c) => c.gain))));
  const tieBreak = 1e-4 / Math.max(1, largestGain);
  blocks.forEach((block, b) => {
    if (block.candidates.length === 0) return;
    constraints.set(`block:${b}`, { max: 1 });
    block.candidates.forEach((candidate, k) => {
      const coefficients: [string, number][] = [
        [
          'cost',
          request.maximise
            ? candidate.gain - tieBreak * candidate.effort
            : candidate.effort - tieBreak * candidate.gain,
        ],
        [`block:${b}`, 1],
      ];
      for (const bound of bounds) {
        const gain =
          bound.nodes === 'total'
            ? candidate.gain
            : bound.nodes.reduce((sum, node) => sum + (candidate.nodeGains[node] ?? 0), 0);
        if (gain !== 0) coefficients.push([`bound:${bound.key}`, gain]);
      }
      variables.set(`${b}:${k}`, coefficients);
    });
  });
  for (const bound of bounds) constraints.set(`bound:${bound.key}`, { min: bound.atLeast });
  (request.excluded ?? []).forEach((combination, i) => {
    constraints.set(`cut:${i}`, { max: combination.length - 1 });
    for (const [b, k] of combination) {
      const coefficients = variables.get(`${b}:${k}`) as [string, number][] | undefined;
      coefficients?.push([`cut:${i}`, 1]);
    }
  });
  // A bound already met needs no change: nothing to solve when every bound is ≤ 0 and we minimise.
  if (!request.maximise && bounds.every((b) => b.atLeast <= 1e-12)) return new Map();
  if (variables.size === 0) return bounds.every((b) => b.atLeast <= 1e-12) ? new Map() : null;
  const solution = solve(
    {
      direction: request.maximise ? 'maximize' : 'minimize',
      objective: 'cost',
      constraints,
      variables,
      binaries: true,
    },
    { timeout: 20_000 },
  );
  if (solution.status !== 'optimal') return null;
  const selection: Selection = new Map();
  for (const [name, value] of solution.variables) {
    if (value < 0.5) continue;
    const [b, k] = name.split(':').map(Number) as [number, number];
    selection.set(b, k);
  }
  return selection;
}
