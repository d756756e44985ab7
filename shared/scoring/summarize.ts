import type { TemplateNode } from '../template/template-schema';
import { nodeFigures, scoreFigures } from './figures';
import type { Gain } from './gains';
import { rankGains } from './gains';
import type { PredicateResult } from './predicates';
import type { Scorer } from './scorer';

export interface NodeSummary {
  id: string;
  code: string;
  title: string;
  kind: 'group' | 'indicator';
  level: string;
  depth: number;
  weight: number;
  value: number | null;
  /** Indicators: share 0..1 (null when unanswered). */
  share: number | null;
  answered: number;
  questions: number;
  empty: boolean;
}

export interface ComponentSummary {
  id: string;
  code: string;
  title: string;
  weight: number;
  value: number;
}

/** The scores of one set of answers, serialisable as JSON (CLI `--json`, the API, the UI summary). */
export interface ScoreSummary {
  templateId: string;
  templateTitle: string;
  unanswered: 'skip' | 'zero' | 'mixed';
  total: number;
  max: number;
  category: string | null;
  answered: number;
  questions: number;
  inputs: { answered: number; total: number };
  components: ComponentSummary[];
  /** Averaging sub-areas with no answer yet: the workbook would show #DIV/0! for the whole total. */
  emptySubAreas: { id: string; code: string; title: string }[];
  predicates: PredicateResult[];
  gains: Gain[];
  nodes: NodeSummary[];
}

export { componentsOf } from './figures';

export interface SummaryOptions {
  /** How many "where to gain points" entries to keep (all by default). */
  gains?: number;
}

/** A complete, plain-data picture of the scorer's current state. */
export function summarize(scorer: Scorer, options: SummaryOptions = {}): ScoreSummary {
  const template = scorer.template;
  const nodes: NodeSummary[] = [];
  const policies = new Set<string>();
  // Plain object literals: spreading a shared base into each node's summary made this loop ~25× slower
  // (V8 clones the spread object's shape), and it runs on every edit of an imported document.
  const visit = (node: TemplateNode, depth: number): void => {
    const score = scorer.node(node.id);
    if (!score) return;
    if (node.kind === 'group') {
      if (node.aggregate === 'average') policies.add(scorer.policyOf(node));
      const f = nodeFigures(scorer, node.id);
      nodes.push({
        id: node.id,
        code: node.code,
        title: node.title,
        depth,
        kind: 'group',
        level: node.level,
        weight: node.weight,
        value: f.value,
        share: f.share,
        answered: f.answered,
        questions: f.questions,
        empty: f.empty,
      });
      node.children.forEach((child) => visit(child, depth + 1));
      return;
    }
    const f = nodeFigures(scorer, node.id);
    nodes.push({
      id: node.id,
      code: node.code,
      title: node.title,
      depth,
      kind: 'indicator',
      level: 'indicator',
      weight: node.weight ?? 0,
      value: f.value,
      share: f.share,
      answered: f.answered,
      questions: f.questions,
      empty: f.empty,
    });
  };
  visit(template.root, 0);
  // Ranking gains rescoring every indicator's path; skipped when none are wanted (per-edit updates).
  const gains = options.gains === 0 ? [] : rankGains(scorer);
  return {
    templateId: template.id,
    templateTitle: template.title,
    unanswered: policies.size === 1 ? ([...policies][0] as 'skip' | 'zero') : 'mixed',
    ...scoreFigures(scorer),
    gains: options.gains === undefined ? gains : gains.slice(0, options.gains),
    nodes,
  };
}
