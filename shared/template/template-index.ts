import type { AnswerType } from './answer-type';
import type { Group, Indicator, Input, Template, TemplateNode } from './template-schema';

/** Something a user answers: a question (indicator without derivation) or a `Jumlah` input. */
export type Answerable =
  | { kind: 'indicator'; id: string; indicator: Indicator; type: AnswerType }
  | { kind: 'input'; id: string; input: Input; indicator: Indicator; type: AnswerType };

/**
 * Lookup tables over a template, built once: nodes by id, parents, answer types, and which indicators
 * must be rescored when an answer changes (its own indicator, the derived indicator an input feeds, and
 * indicators gated by it).
 */
export interface TemplateIndex {
  template: Template;
  groups: Map<string, Group>;
  indicators: Map<string, Indicator>;
  /** Indicators in document order. */
  indicatorOrder: Indicator[];
  answerables: Map<string, Answerable>;
  /** Answerables in document order (inputs right after the indicator they feed). */
  answerableOrder: Answerable[];
  parent: Map<string, Group>;
  answerTypes: Map<string, AnswerType>;
  /** answerable id → indicator ids whose score depends on it directly. */
  dependents: Map<string, string[]>;
  /** How many gates lie upstream of an indicator: a gated indicator is scored after its source. */
  gateRank: Map<string, number>;
}

/** Builds the index; assumes the template has passed `checkTemplate` (references resolve). */
export function indexTemplate(template: Template): TemplateIndex {
  const index: TemplateIndex = {
    template,
    groups: new Map(),
    indicators: new Map(),
    indicatorOrder: [],
    answerables: new Map(),
    answerableOrder: [],
    parent: new Map(),
    answerTypes: new Map(template.answerTypes.map((t) => [t.label, t])),
    dependents: new Map(),
    gateRank: new Map(),
  };
  const addDependent = (source: string, indicatorId: string): void => {
    const list = index.dependents.get(source) ?? [];
    if (!list.includes(indicatorId)) list.push(indicatorId);
    index.dependents.set(source, list);
  };
  const visit = (node: TemplateNode, parent: Group | null): void => {
    if (parent) index.parent.set(node.id, parent);
    if (node.kind === 'group') {
      index.groups.set(node.id, node);
      node.children.forEach((child) => visit(child, node));
      return;
    }
    index.indicators.set(node.id, node);
    index.indicatorOrder.push(node);
    const type = index.answerTypes.get(node.answerType);
    if (!node.derive && type) {
      const answerable: Answerable = { kind: 'indicator', id: node.id, indicator: node, type };
      index.answerables.set(node.id, answerable);
      index.answerableOrder.push(answerable);
      addDependent(node.id, node.id);
    }
    for (const input of node.inputs ?? []) {
      const inputType = index.answerTypes.get(input.answerType);
      if (!inputType) continue;
      const answerable: Answerable = { kind: 'input', id: input.id, input, indicator: node, type: inputType };
      index.answerables.set(input.id, answerable);
      index.answerableOrder.push(answerable);
      addDependent(input.id, node.id);
    }
  };
  visit(template.root, null);
  for (const indicator of index.indicatorOrder) {
    if (indicator.gate) addDependent(indicator.gate.source, indicator.id);
  }
  const rankOf = (indicator: Indicator, seen: Set<string>): number => {
    const known = index.gateRank.get(indicator.id);
    if (known !== undefined) return known;
    const source = indicator.gate ? index.indicators.get(indicator.gate.source) : undefined;
    const rank = source && !seen.has(source.id) ? 1 + rankOf(source, seen.add(indicator.id)) : 0;
    index.gateRank.set(indicator.id, rank);
    return rank;
  };
  for (const indicator of index.indicatorOrder) rankOf(indicator, new Set());
  return index;
}

/** Ancestors of a node from its parent up to the root. */
export function ancestorsOf(index: TemplateIndex, id: string): Group[] {
  const chain: Group[] = [];
  for (let group = index.parent.get(id); group; group = index.parent.get(group.id)) chain.push(group);
  return chain;
}
