import { categoryOf } from '../scoring/category';
import type { PredicateResult } from '../scoring/predicates';
import { evaluatePredicates } from '../scoring/predicates';
import { Scorer } from '../scoring/scorer';
import type { AnswerValue } from '../template/answer-type';
import type { Block, Candidate } from './plan-blocks';
import { blockPicks, buildBlocks, candidateOf, paretoFront } from './plan-blocks';
import { measuredElsewhere } from './measured-elsewhere';
import type { Choice } from './plan-choices';
import { choicesFor } from './plan-choices';
import type { LpSolver, Selection } from './plan-solver';
import { solveSelection } from './plan-solver';
import type { PlanTarget } from './plan-target';
import { bandsOf, reaches } from './plan-target';
import { boundsFor } from './plan-bounds';
import type { Answers } from './scenario';
import { measure, withAnswers } from './scenario';

export interface PlanOptions {
  target: PlanTarget;
  /** Codes of questions or groups (`A.I.1`) whose answers may not change. */
  locked?: readonly string[];
  /** Effort of one option step by code of a question or group; the nearest one counts. Default 1. */
  effort?: Readonly<Record<string, number>>;
  /** Only questions assigned to this pokja may change. */
  pokja?: string | undefined;
  /** The mixed-integer solver (the service's HiGHS). */
  solver: LpSolver;
}

export interface PlanChange {
  id: string;
  /** The code `rbw set` takes (the workbench code, e.g. `A.I.1.i.b`). */
  code: string;
  question: string;
  from: AnswerValue | null;
  to: AnswerValue;
  /** Points the total gains when this change is made after the ones listed before it. */
  gain: number;
  effort: number;
  pokja: string | null;
}

export interface PlanResult {
  target: PlanTarget;
  /** Whether the plan reaches the target; when not, it is the best plan there is (highest total). */
  reachable: boolean;
  currentTotal: number;
  currentCategory: string | null;
  /** The total after every change, by the document's leading rule (what `rbw set` one by one gives). */
  predictedTotal: number;
  predictedCategory: string | null;
  effort: number;
  /** Grouped by pokja (alphabetically, questions without a pokja last), in document order within. */
  changes: PlanChange[];
  byPokja: { pokja: string | null; changes: number; effort: number; gain: number }[];
  /** Predicates after the plan (Menuju WBK / WBBM), as the summary shows them. */
  predicates: PredicateResult[];
  /** How many times the plan was checked against the leading rule before it held. */
  checks: number;
}

/** Rounds of solving, checking with the leading rule and raising the bounds by what was missing. */
const REPAIR_ROUNDS = 25;

/**
 * The set of answer changes that reaches a target at the least effort, for the document's leading rule
 * (`lead`: the workbook's own formulas for an imported workbook, else the regulation's rule).
 *
 * 1. Each question that may change gets its choices (options above its answer, with their effort).
 * 2. Questions are grouped into blocks whose points depend only on their own answers (a sub-area's
 *    average, a question carrying points, rows joined by gates); each block's useful combinations are
 *    found (all of them, or for a large sub-area a dynamic programme over its average: the best sum of
 *    shares for each effort and number of rows answered) and measured by the leading rule, keeping
 *    the cheapest for every gain.
 * 3. A 0–1 programme (solved by `solver`: HiGHS in the service) picks at most one combination per block: least effort with the gains
 *    the target needs (the total, a node's minimum, every area's share).
 * 4. The plan is checked with all changes at once by the leading rule (gates, chained rows and
 *    averages may not add up): when it falls short the bounds rise by the shortfall, the combination
 *    is excluded and the programme solved again; then changes that are not needed are dropped.
 * An unreachable target gives the plan with the highest total.
 */
export function makePlan(
  lead: Scorer,
  pokjaOf: (itemId: string) => string | null,
  options: PlanOptions,
): PlanResult {
  const { index, template } = lead;
  const model = new Scorer(index);
  model.setAnswers(
    [...index.answerables.keys()].flatMap((id) => {
      const answer = lead.answer(id);
      return answer === undefined ? [] : [[id, answer] as const];
    }),
  );
  const choices = planChoices(lead, pokjaOf, options);
  if (reaches(options.target, template, lead.total(), evaluatePredicates(lead))) {
    return describePlan(lead, pokjaOf, choices, new Map(), {
      target: options.target,
      reachable: true,
      checks: 1,
    });
  }
  const bounds = boundsFor(lead, options.target);
  const tracked = [...new Set(bounds.flatMap((b) => (b.nodes === 'total' ? [] : b.nodes)))];
  const blocks = buildBlocks(model, choices);
  const base = measure(lead, new Map(), tracked);
  for (const block of blocks) {
    // Every combination is measured by the leading rule itself (the workbook's formulas: ~0,2 ms each).
    block.candidates = paretoFront(
      blockPicks(block, model, choices).map((p) =>
        candidateOf(p.picks, p.effort, measure(lead, p.picks, tracked), base),
      ),
    );
  }
  const evaluate = (answers: Answers) =>
    withAnswers(lead, answers, (s) => ({
      total: s.total(),
      predicates: evaluatePredicates(s),
      nodes: Object.fromEntries(tracked.map((id) => [id, s.node(id)?.value ?? 0])),
    }));
  const meets = (answers: Answers) => {
    const e = evaluate(answers);
    return reaches(options.target, template, e.total, e.predicates);
  };

  let answers: Map<string, AnswerValue> | null = null;
  let checks = 0;
  const margins = new Map<string, number>();
  const excluded: (readonly [number, number])[][] = [];
  let lastTried: Selection | null = null;
  for (let round = 0; answers === null && round < REPAIR_ROUNDS; round++) {
    const selection = solveSelection(
      {
        blocks,
        bounds: bounds.map((b) => ({ ...b, atLeast: b.atLeast + (margins.get(b.key) ?? 0) })),
        excluded,
      },
      options.solver,
    );
    if (!selection) break;
    lastTried = selection;
    const tried = picksOf(blocks, selection);
    checks++;
    const checked = evaluate(tried);
    if (reaches(options.target, template, checked.total, checked.predicates)) {
      answers = tried;
      break;
    }
    let raised = false;
    for (const bound of bounds) {
      const before = bound.nodes === 'total' ? base.total : sumOf(base.nodes, bound.nodes);
      const after = bound.nodes === 'total' ? checked.total : sumOf(checked.nodes, bound.nodes);
      const shortfall = bound.atLeast - (after - before);
      if (shortfall > 1e-12) {
        margins.set(bound.key, (margins.get(bound.key) ?? 0) + shortfall + 1e-7);
        raised = true;
      }
    }
    if (!raised) margins.set('total', (margins.get('total') ?? 0) + 0.001);
    excluded.push([...selection]);
  }
  if (answers === null && lastTried) answers = topUp(blocks, lastTried, meets);
  let reachable = answers !== null;
  if (answers === null) {
    const best = solveSelection({ blocks, bounds: [], maximise: true }, options.solver) ?? new Map();
    answers = picksOf(blocks, best);
    reachable = meets(answers);
  } else {
    checks += 1;
    answers = prune(answers, choices, meets);
  }
  return describePlan(lead, pokjaOf, choices, answers, { target: options.target, reachable, checks });
}

const sumOf = (values: Record<string, number>, nodes: readonly string[]) =>
  nodes.reduce((sum, id) => sum + (values[id] ?? 0), 0);

function picksOf(blocks: readonly Block[], selection: Selection): Map<string, AnswerValue> {
  const answers = new Map<string, AnswerValue>();
  for (const [b, k] of selection) {
    const candidate = blocks[b]?.candidates[k] as Candidate;
    for (const [id, answer] of candidate.picks) answers.set(id, answer);
  }
  return answers;
}

/**
 * When the programme cannot find a combination that the leading rule confirms: from the last one,
 * raise one block at a time to its next candidate, the best gain for its effort first, until the
 * target is met (null when every block is at its best and it is still not).
 */
function topUp(
  blocks: readonly Block[],
  start: Selection,
  meets: (answers: Answers) => boolean,
): Map<string, AnswerValue> | null {
  const selection = new Map(start);
  for (;;) {
    const answers = picksOf(blocks, selection);
    if (meets(answers)) return answers;
    let best: { b: number; k: number; ratio: number } | null = null;
    blocks.forEach((block, b) => {
      const current = selection.get(b);
      const k = current === undefined ? 0 : current + 1;
      const next = block.candidates[k];
      if (!next) return;
      const before =
        current === undefined ? { gain: 0, effort: 0 } : (block.candidates[current] as Candidate);
      const ratio = (next.gain - before.gain) / Math.max(1e-9, next.effort - before.effort);
      if (!best || ratio > best.ratio) best = { b, k, ratio };
    });
    if (!best) return null;
    const { b, k } = best;
    selection.set(b, k);
  }
}

/** Drops or lowers changes the target does not need (the leading rule may give more than the model). */
function prune(
  answers: Map<string, AnswerValue>,
  choices: ReadonlyMap<string, Choice[]>,
  meets: (answers: Answers) => boolean,
): Map<string, AnswerValue> {
  const plan = new Map(answers);
  const effortOf = (id: string, answer: AnswerValue) =>
    (choices.get(id) ?? []).find((c) => c.answer === answer)?.effort ?? 0;
  const byEffort = [...plan.keys()].sort(
    (a, b) => effortOf(b, plan.get(b) as AnswerValue) - effortOf(a, plan.get(a) as AnswerValue),
  );
  for (const id of byEffort) {
    const chosen = plan.get(id) as AnswerValue;
    const cheaper = (choices.get(id) ?? []).filter((c) => c.effort < effortOf(id, chosen));
    const without = new Map(plan);
    without.delete(id);
    if (meets(without)) {
      plan.delete(id);
      continue;
    }
    for (const choice of cheaper) {
      const lower = new Map(plan).set(id, choice.answer);
      if (meets(lower)) {
        plan.set(id, choice.answer);
        break;
      }
    }
  }
  return plan;
}

/** Which questions may change, and to what at which effort. */
function planChoices(
  scorer: Scorer,
  pokjaOf: (itemId: string) => string | null,
  options: PlanOptions,
): Map<string, Choice[]> {
  const { index } = scorer;
  const matches = (id: string, keys: ReadonlySet<string>) => {
    for (let node: { id: string } | undefined = index.indicators.get(id); node;) {
      if (keys.has(node.id)) return true;
      node = index.parent.get(node.id);
    }
    return false;
  };
  const locked = new Set(options.locked ?? []);
  const efforts = options.effort ?? {};
  const effortOf = (id: string): number => {
    for (let node: { id: string } | undefined = index.indicators.get(id); node;) {
      const set = efforts[node.id];
      if (set !== undefined) return set;
      node = index.parent.get(node.id);
    }
    return 1;
  };
  const choices = new Map<string, Choice[]>();
  for (const answerable of index.answerableOrder) {
    if (answerable.kind !== 'indicator') continue;
    const { id } = answerable;
    if (matches(id, locked)) continue;
    if (measuredElsewhere(id, answerable.type, index)) continue;
    if (options.pokja !== undefined && pokjaOf(id) !== options.pokja) continue;
    const list = choicesFor(answerable.type, scorer.answer(id) ?? null, effortOf(id));
    if (list.length) choices.set(id, list);
  }
  return choices;
}

/** The changes in the order a pokja would make them, each with the points it adds in that order. */
function describePlan(
  lead: Scorer,
  pokjaOf: (itemId: string) => string | null,
  choices: ReadonlyMap<string, Choice[]>,
  answers: ReadonlyMap<string, AnswerValue>,
  facts: { target: PlanTarget; reachable: boolean; checks: number },
): PlanResult {
  const { index, template } = lead;
  const bands = bandsOf(template);
  const order = new Map(index.indicatorOrder.map((indicator, i) => [indicator.id, i]));
  const ids = [...answers.keys()].sort((a, b) => {
    const pa = pokjaOf(a);
    const pb = pokjaOf(b);
    if (pa !== pb) return pa === null ? 1 : pb === null ? -1 : pa.localeCompare(pb, 'id');
    return (order.get(a) ?? 0) - (order.get(b) ?? 0);
  });
  const currentTotal = lead.total();
  const originals = ids.map((id) => [id, lead.answer(id) ?? null] as const);
  const changes: PlanChange[] = [];
  let previous = currentTotal;
  let predictedTotal: number;
  let predicates: PredicateResult[];
  try {
    for (const id of ids) {
      const to = answers.get(id) as AnswerValue;
      const from = lead.answer(id) ?? null;
      lead.setAnswer(id, to);
      const now = lead.total();
      const indicator = index.indicators.get(id);
      changes.push({
        id,
        code: id,
        question: indicator?.title ?? '',
        from,
        to,
        gain: now - previous,
        effort: (choices.get(id) ?? []).find((c) => c.answer === to)?.effort ?? 0,
        pokja: pokjaOf(id),
      });
      previous = now;
    }
    predictedTotal = lead.total();
    predicates = evaluatePredicates(lead);
  } finally {
    lead.setAnswers(originals);
  }
  const byPokja: PlanResult['byPokja'] = [];
  for (const change of changes) {
    let group = byPokja.find((g) => g.pokja === change.pokja);
    if (!group) byPokja.push((group = { pokja: change.pokja, changes: 0, effort: 0, gain: 0 }));
    group.changes++;
    group.effort += change.effort;
    group.gain += change.gain;
  }
  return {
    target: facts.target,
    reachable: facts.reachable,
    currentTotal,
    currentCategory: categoryOf(currentTotal, bands),
    predictedTotal,
    predictedCategory: categoryOf(predictedTotal, bands),
    effort: changes.reduce((s, c) => s + c.effort, 0),
    changes,
    byPokja,
    predicates,
    checks: facts.checks,
  };
}
