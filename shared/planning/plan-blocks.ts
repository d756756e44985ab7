import type { Scorer } from '../scoring/scorer';
import type { AnswerValue } from '../template/answer-type';
import type { Group } from '../template/template-schema';
import type { Choice } from './plan-choices';
import type { Answers, Measured } from './scenario';

/** One way of changing the answers of a block, with its effort and what it adds. */
export interface Candidate {
  picks: Answers;
  effort: number;
  /** Points the total gains, and each tracked node, with these picks alone. */
  gain: number;
  nodeGains: Record<string, number>;
}

/**
 * Questions whose points depend only on their own answers: an averaging sub-area (its average couples
 * its rows), a question carrying its own points, and everything joined to them by a gate. The total is
 * the sum of what the blocks add, so a plan picks at most one candidate per block.
 */
export interface Block {
  indicators: string[];
  /** The averaging sub-area when the block is exactly one, without gates. */
  average: Group | null;
  candidates: Candidate[];
}

/** Above this many answer combinations a block's candidates come from its rows' averages (DP), not all. */
const ENUMERATE_LIMIT = 4096;

/** Groups the indicators with choices into blocks (see Block); indicators without choices stay fixed. */
export function buildBlocks(scorer: Scorer, choices: ReadonlyMap<string, Choice[]>): Block[] {
  const { index } = scorer;
  const parentOf = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parentOf.has(root) && parentOf.get(root) !== root) root = parentOf.get(root) as string;
    return root;
  };
  const join = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parentOf.set(ra, rb);
  };
  const keyOf = (indicatorId: string): string => {
    const parent = index.parent.get(indicatorId);
    return parent?.aggregate === 'average' ? `g:${parent.id}` : `i:${indicatorId}`;
  };
  const gated = new Set<string>();
  for (const indicator of index.indicatorOrder) {
    const key = keyOf(indicator.id);
    if (!parentOf.has(key)) parentOf.set(key, key);
    if (indicator.gate && index.indicators.has(indicator.gate.source)) {
      const source = keyOf(indicator.gate.source);
      if (!parentOf.has(source)) parentOf.set(source, source);
      join(key, source);
      gated.add(find(key));
    }
  }
  const members = new Map<string, string[]>();
  for (const indicator of index.indicatorOrder) {
    const root = find(keyOf(indicator.id));
    members.set(root, [...(members.get(root) ?? []), indicator.id]);
  }
  const blocks: Block[] = [];
  for (const [root, ids] of members) {
    if (!ids.some((id) => (choices.get(id) ?? []).length > 0)) continue;
    const parents = new Set(ids.map((id) => index.parent.get(id)?.id));
    const parent = index.parent.get(ids[0] as string);
    const withGates = gated.has(find(root)) || ids.some((id) => index.indicators.get(id)?.gate);
    const average = parents.size === 1 && parent?.aggregate === 'average' && !withGates ? parent : null;
    blocks.push({ indicators: ids, average, candidates: [] });
  }
  return blocks;
}

/** Every combination of picks a block may make (all of them, or the best per effort and rows answered). */
export function blockPicks(
  block: Block,
  scorer: Scorer,
  choices: ReadonlyMap<string, Choice[]>,
): { picks: Map<string, AnswerValue>; effort: number }[] {
  const items = block.indicators.filter((id) => (choices.get(id) ?? []).length > 0);
  const combinations = items.reduce((n, id) => n * ((choices.get(id) as Choice[]).length + 1), 1);
  if (block.average && combinations > ENUMERATE_LIMIT) return averagePicks(block, scorer, choices);
  if (combinations > ENUMERATE_LIMIT) {
    // Too many to try and not a plain average: each question on its own, and all of them at their best.
    const single = items.flatMap((id) =>
      (choices.get(id) as Choice[]).map((c) => ({ picks: new Map([[id, c.answer]]), effort: c.effort })),
    );
    const best = items.map((id) => (choices.get(id) as Choice[]).at(-1) as Choice);
    return [
      ...single,
      {
        picks: new Map(items.map((id, i) => [id, (best[i] as Choice).answer])),
        effort: best.reduce((s, c) => s + c.effort, 0),
      },
    ];
  }
  let all: { picks: Map<string, AnswerValue>; effort: number }[] = [{ picks: new Map(), effort: 0 }];
  for (const id of items) {
    const next: typeof all = [];
    for (const partial of all) {
      next.push(partial);
      for (const choice of choices.get(id) as Choice[]) {
        next.push({
          picks: new Map([...partial.picks, [id, choice.answer]]),
          effort: partial.effort + choice.effort,
        });
      }
    }
    all = next;
  }
  return all.filter((p) => p.picks.size > 0);
}

/**
 * An averaging sub-area without gates: its value is (Σ shares ÷ rows counted) × weight, so for each
 * effort and number of answered rows only the largest sum of shares matters. A dynamic programme over
 * the rows finds it; every state is a candidate.
 */
function averagePicks(
  block: Block,
  scorer: Scorer,
  choices: ReadonlyMap<string, Choice[]>,
): { picks: Map<string, AnswerValue>; effort: number }[] {
  interface State {
    effort: number;
    answered: number;
    sum: number;
    picks: Map<string, AnswerValue>;
  }
  let states = new Map<string, State>([['0|0', { effort: 0, answered: 0, sum: 0, picks: new Map() }]]);
  const put = (into: Map<string, State>, state: State) => {
    const key = `${state.effort.toFixed(6)}|${state.answered}`;
    const known = into.get(key);
    if (!known || state.sum > known.sum) into.set(key, state);
  };
  for (const id of block.indicators) {
    const share = scorer.indicator(id).share;
    const next = new Map<string, State>();
    for (const state of states.values()) {
      put(next, {
        ...state,
        answered: state.answered + (share === null ? 0 : 1),
        sum: state.sum + (share ?? 0),
      });
      for (const choice of choices.get(id) ?? []) {
        put(next, {
          effort: state.effort + choice.effort,
          answered: state.answered + 1,
          sum: state.sum + choice.share,
          picks: new Map([...state.picks, [id, choice.answer]]),
        });
      }
    }
    states = next;
  }
  return [...states.values()].filter((s) => s.picks.size > 0);
}

/**
 * Keeps the candidates worth choosing: those that gain more than every cheaper one (the Pareto front of
 * effort and gain), cheapest first.
 */
export function paretoFront(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.effort - b.effort || b.gain - a.gain);
  const front: Candidate[] = [];
  let best = 1e-9;
  for (const candidate of sorted) {
    if (candidate.gain > best + 1e-12) {
      front.push(candidate);
      best = candidate.gain;
    }
  }
  return front;
}

/** A candidate measured against the current state (`base`). */
export function candidateOf(picks: Answers, effort: number, measured: Measured, base: Measured): Candidate {
  const nodeGains: Record<string, number> = {};
  for (const [id, value] of Object.entries(measured.nodes)) nodeGains[id] = value - (base.nodes[id] ?? 0);
  return { picks, effort, gain: measured.total - base.total, nodeGains };
}
