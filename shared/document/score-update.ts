import { categoryOf } from '../scoring/category';
import { evaluatePredicates } from '../scoring/predicates';
import type { Scorer } from '../scoring/scorer';

/** A node's new score after an edit. `share` is for indicators (null for groups and unanswered rows). */
export interface NodeValue {
  id: string;
  value: number | null;
  share: number | null;
}

/**
 * What the screen needs right after an edit without asking for the whole view: the total, category and
 * progress, the predicates' verdicts, and the new score of every node the edit could have moved.
 */
export interface ScoreUpdate {
  total: number;
  max: number;
  category: string | null;
  answered: number;
  questions: number;
  predicates: { id: string; title: string; pass: { whole: boolean; halves: boolean } }[];
  nodes: NodeValue[];
}

/** The score update after the answers of `itemIds` changed (indicators gated by them included). */
export function scoreUpdate(scorer: Scorer, itemIds: Iterable<string>): ScoreUpdate {
  const root = scorer.group(scorer.template.root.id);
  return {
    total: root.value,
    max: root.max,
    category: categoryOf(root.value, scorer.template.categories),
    answered: root.answered,
    questions: root.questions,
    predicates: evaluatePredicates(scorer).map((p) => ({ id: p.id, title: p.title, pass: p.pass })),
    nodes: [...affectedNodes(scorer, itemIds)].map((id) => nodeValue(scorer, id)),
  };
}

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

function nodeValue(scorer: Scorer, id: string): NodeValue {
  const score = scorer.node(id);
  if (score?.kind === 'indicator') return { id, value: score.value, share: score.share };
  return { id, value: score?.value ?? null, share: null };
}
