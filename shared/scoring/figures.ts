import { categoryOf } from './category';
import { evaluatePredicates } from './predicates';
import type { Scorer } from './scorer';
import type { ComponentSummary, NodeSummary, ScoreSummary } from './summarize';

/**
 * The figures of a scoring, computed one way for the full summary (`summarize`) and for the update after
 * an edit (`pathUpdate`), so that the two cannot drift: a property test checks that updates applied one
 * after another give the full summary.
 */

/** Everything of a summary but its nodes and gains: what every update carries or compares. */
export type Figures = Omit<ScoreSummary, 'templateId' | 'templateTitle' | 'unanswered' | 'gains' | 'nodes'>;

/** What can change in one node of the summary after an edit (code, title, weight and depth cannot). */
export type NodeChange = Pick<NodeSummary, 'id' | 'value' | 'share' | 'answered' | 'questions' | 'empty'>;

/** The template's components (the root's children) with their weight and the value the scorer gives them. */
export function componentsOf(scorer: Scorer): ComponentSummary[] {
  return scorer.template.root.children.map((c) => ({
    id: c.id,
    code: c.code,
    title: c.title,
    weight: c.kind === 'group' ? c.weight : (c.weight ?? 0),
    value: scorer.node(c.id)?.value ?? 0,
  }));
}

/** Everything of a summary but its nodes and gains: what every update carries or compares. */
export function scoreFigures(scorer: Scorer): Figures {
  const template = scorer.template;
  const root = scorer.group(template.root.id);
  let inputsAnswered = 0;
  let inputsTotal = 0;
  for (const answerable of scorer.index.answerableOrder) {
    if (answerable.kind !== 'input') continue;
    inputsTotal++;
    if (scorer.answer(answerable.id) !== undefined) inputsAnswered++;
  }
  const emptySubAreas: Figures['emptySubAreas'] = [];
  const visit = (node: (typeof template)['root']): void => {
    if (!scorer.node(node.id)) return;
    if (scorer.group(node.id).empty) emptySubAreas.push({ id: node.id, code: node.code, title: node.title });
    for (const child of node.children) if (child.kind === 'group') visit(child);
  };
  visit(template.root);
  return {
    total: root.value,
    max: root.max,
    category: categoryOf(root.value, template.categories),
    answered: root.answered,
    questions: root.questions,
    inputs: { answered: inputsAnswered, total: inputsTotal },
    components: componentsOf(scorer),
    emptySubAreas,
    predicates: evaluatePredicates(scorer),
  };
}

/** A node's figures as summarize gives them. */
export function nodeFigures(scorer: Scorer, id: string): NodeChange {
  const score = scorer.node(id);
  if (score?.kind === 'indicator') {
    return {
      id,
      value: score.value,
      share: score.share,
      answered: score.answered ? 1 : 0,
      questions: 1,
      empty: false,
    };
  }
  return {
    id,
    value: score?.value ?? null,
    share: null,
    answered: score?.answered ?? 0,
    questions: score?.questions ?? 0,
    empty: score?.empty ?? false,
  };
}
