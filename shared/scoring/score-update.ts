import { categoryOf } from './category';
import type { Figures, NodeChange } from './figures';
import { nodeFigures, scoreFigures } from './figures';
import type { PredicateResult } from './predicates';
import type { Scorer } from './scorer';
import type { ComponentSummary, NodeSummary, ScoreSummary } from './summarize';

export type { NodeChange } from './figures';
export { scoreFigures } from './figures';

/**
 * What the screen needs right after an edit without asking for the whole view: the total, category and
 * progress, and whatever else of the summary changed (components, the predicates with their conditions,
 * empty sub-areas, inputs; left out when unchanged) with every node whose figures changed. "Where to
 * gain points" is not in it: ranking them rescoring every indicator is asked for on its own
 * (scores.gains) once the edits have settled.
 */
export interface ScoreUpdate {
  total: number;
  max: number;
  category: string | null;
  answered: number;
  questions: number;
  inputs?: ScoreSummary['inputs'];
  components?: ComponentSummary[];
  emptySubAreas?: ScoreSummary['emptySubAreas'];
  predicates?: PredicateResult[];
  nodes: NodeChange[];
}

const OPTIONAL = ['inputs', 'components', 'emptySubAreas', 'predicates'] as const;

/** The parts of a summary an update may leave out, as last sent (to tell whether they changed). */
export type SentFigures = Record<(typeof OPTIONAL)[number], string>;

export const sentFigures = (figures: Figures): SentFigures => ({
  inputs: JSON.stringify(figures.inputs),
  components: JSON.stringify(figures.components),
  emptySubAreas: JSON.stringify(figures.emptySubAreas),
  predicates: JSON.stringify(figures.predicates),
});

/** An update and what it leaves the screen with (to compare the next one with). */
export interface Tracked {
  update: ScoreUpdate;
  sent: SentFigures;
}

/** The update from what was sent (`sent`, null: nothing yet) to `figures` and the changed `nodes`. */
function update(figures: Figures, sent: SentFigures | null, nodes: NodeChange[]): Tracked {
  const now = sentFigures(figures);
  const result: ScoreUpdate = {
    total: figures.total,
    max: figures.max,
    category: figures.category,
    answered: figures.answered,
    questions: figures.questions,
    nodes,
  };
  for (const key of OPTIONAL)
    if (!sent || sent[key] !== now[key]) Object.assign(result, { [key]: figures[key] });
  return { update: result, sent: now };
}

/** The update of a scoring whose answers did not change: its figures as they are, no node. */
export function unchangedUpdate(scorer: Scorer): ScoreUpdate {
  const root = scorer.group(scorer.template.root.id);
  return {
    total: root.value,
    max: root.max,
    category: categoryOf(root.value, scorer.template.categories),
    answered: root.answered,
    questions: root.questions,
    nodes: [],
  };
}

/** The update from one summary to the next (`before` null: every node): for any scorer. */
export function summaryUpdate(before: ScoreSummary | null, after: ScoreSummary): Tracked {
  const previous = new Map(before?.nodes.map((n) => [n.id, n]));
  const nodes: NodeChange[] = [];
  for (const node of after.nodes) {
    const old = previous.get(node.id);
    if (
      old &&
      old.value === node.value &&
      old.share === node.share &&
      old.answered === node.answered &&
      old.questions === node.questions &&
      old.empty === node.empty
    ) {
      continue;
    }
    nodes.push(nodeChange(node));
  }
  return update(after, before && sentFigures(before), nodes);
}

/**
 * The update after the answers of `itemIds` changed, for a scorer whose nodes depend on answers only
 * through the template (the regulation's rule): only the indicators depending on them (gates followed)
 * and their ancestors are looked at, so an edit costs the same on 100 or 5,000 indicators.
 */
export function pathUpdate(scorer: Scorer, itemIds: Iterable<string>, sent: SentFigures | null): Tracked {
  const nodes = [...affectedNodes(scorer, itemIds)].map((id) => nodeFigures(scorer, id));
  return update(scoreFigures(scorer), sent, nodes);
}

/**
 * The summary after an update: what the screen shows once the service has scored an edit (the screen
 * never scores itself). Nodes the update leaves out keep their figures; so do the gains.
 */
export function applyScoreUpdate(summary: ScoreSummary, update: ScoreUpdate): ScoreSummary {
  const changed = new Map(update.nodes.map((n) => [n.id, n]));
  return {
    ...summary,
    total: update.total,
    max: update.max,
    category: update.category,
    answered: update.answered,
    questions: update.questions,
    inputs: update.inputs ?? summary.inputs,
    components: update.components ?? summary.components,
    emptySubAreas: update.emptySubAreas ?? summary.emptySubAreas,
    predicates: update.predicates ?? summary.predicates,
    nodes: changed.size ? summary.nodes.map((n) => mergeNode(n, changed.get(n.id))) : summary.nodes,
  };
}

const nodeChange = (node: NodeChange): NodeChange => ({
  id: node.id,
  value: node.value,
  share: node.share,
  answered: node.answered,
  questions: node.questions,
  empty: node.empty,
});

/** Indicators depending on the items (gates followed transitively), then all their ancestors. */
function affectedNodes(scorer: Scorer, itemIds: Iterable<string>): Set<string> {
  const { dependents, parent } = scorer.index;
  const indicators = new Set<string>();
  const queue = [...itemIds];
  while (queue.length) {
    for (const dependent of dependents.get(queue.pop() as string) ?? []) {
      if (indicators.has(dependent)) continue;
      indicators.add(dependent);
      queue.push(dependent);
    }
  }
  const nodes = new Set(indicators);
  for (const id of indicators) {
    for (let g = parent.get(id); g && !nodes.has(g.id); g = parent.get(g.id)) nodes.add(g.id);
  }
  return nodes;
}

const mergeNode = (node: NodeSummary, change: NodeChange | undefined): NodeSummary =>
  change
    ? {
        ...node,
        value: change.value,
        share: change.share,
        answered: change.answered,
        questions: change.questions,
        empty: change.empty,
      }
    : node;
