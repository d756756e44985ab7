import type { ComponentSummary, NodeSummary, ScoreSummary } from './summarize';
import type { PredicateResult } from './predicates';

/** What can change in one node of the summary after an edit (code, title, weight and depth cannot). */
export type NodeChange = Pick<NodeSummary, 'id' | 'value' | 'share' | 'answered' | 'questions' | 'empty'>;

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

/** The update from one summary to the next (`before` null: every node). */
export function scoreUpdate(before: ScoreSummary | null, after: ScoreSummary): ScoreUpdate {
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
    nodes.push({
      id: node.id,
      value: node.value,
      share: node.share,
      answered: node.answered,
      questions: node.questions,
      empty: node.empty,
    });
  }
  const changed = <K extends 'inputs' | 'components' | 'emptySubAreas' | 'predicates'>(key: K) =>
    before === null || JSON.stringify(before[key]) !== JSON.stringify(after[key])
      ? { [key]: after[key] }
      : {};
  return {
    total: after.total,
    max: after.max,
    category: after.category,
    answered: after.answered,
    questions: after.questions,
    ...changed('inputs'),
    ...changed('components'),
    ...changed('emptySubAreas'),
    ...changed('predicates'),
    nodes,
  };
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
