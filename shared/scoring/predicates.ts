import type { Condition, Predicate } from '../template/predicate-schema';
import type { Group } from '../template/template-schema';
import type { Scorer } from './scorer';

export interface AreaFigure {
  /** The area's key (whole reading) or node id (halves reading). */
  key: string;
  title: string;
  value: number;
  max: number;
  /** value ÷ max, compared with the condition's share. */
  share: number;
  pass: boolean;
}

export interface ConditionResult {
  id: string;
  label: string;
  kind: Condition['kind'];
  /** The figure compared: the node's points, or for `every-area` the weakest area's share. */
  figure: number;
  threshold: number;
  pass: boolean;
  /** For a scaled indicator: its raw answer and the answer threshold (survey 3,60). */
  answer?: number | null;
  answerThreshold?: number;
  /** For `every-area`: each area by the whole reading and by the Pemenuhan / Reform halves. */
  readings?: {
    whole: { pass: boolean; areas: AreaFigure[] };
    halves: { pass: boolean; areas: AreaFigure[] };
  };
}

export interface PredicateResult {
  id: string;
  title: string;
  conditions: ConditionResult[];
  /** Whether every condition passes, with "every area" read whole and read half by half. */
  pass: { whole: boolean; halves: boolean };
}

/** Checks each predicate of the template (Menuju WBK, Menuju WBBM) against the current scores. */
export function evaluatePredicates(scorer: Scorer): PredicateResult[] {
  return (scorer.template.predicates ?? []).map((predicate) => evaluatePredicate(scorer, predicate));
}

function evaluatePredicate(scorer: Scorer, predicate: Predicate): PredicateResult {
  const conditions = predicate.conditions.map((c) => evaluateCondition(scorer, c));
  const passWith = (reading: 'whole' | 'halves'): boolean =>
    conditions.every((c) => (c.readings ? c.readings[reading].pass : c.pass));
  return {
    id: predicate.id,
    title: predicate.title,
    conditions,
    pass: { whole: passWith('whole'), halves: passWith('halves') },
  };
}

function evaluateCondition(scorer: Scorer, condition: Condition): ConditionResult {
  if (condition.kind === 'minimum') {
    const score = scorer.node(condition.node);
    const figure = score ? (score.value ?? 0) : 0;
    const answer = scorer.answer(condition.node);
    return {
      id: condition.id,
      label: condition.label,
      kind: condition.kind,
      figure,
      threshold: condition.threshold,
      pass: figure >= condition.threshold - 1e-9,
      ...(condition.answerThreshold !== undefined
        ? { answer: typeof answer === 'number' ? answer : null, answerThreshold: condition.answerThreshold }
        : {}),
    };
  }
  const areas = areasUnder(scorer, condition.scope);
  const figureOf = (key: string, title: string, nodes: Group[]): AreaFigure => {
    const value = nodes.reduce((s, n) => s + scorer.group(n.id).value, 0);
    const max = nodes.reduce((s, n) => s + n.weight, 0);
    const share = max === 0 ? 0 : value / max;
    return { key, title, value, max, share, pass: share >= condition.share - 1e-9 };
  };
  const byKey = new Map<string, Group[]>();
  for (const area of areas)
    byKey.set(area.areaKey ?? area.id, [...(byKey.get(area.areaKey ?? area.id) ?? []), area]);
  const whole = [...byKey].map(([key, nodes]) => figureOf(key, nodes[0]?.title ?? key, nodes));
  const halves = areas.map((area) => figureOf(area.id, `${area.id} ${area.title}`, [area]));
  const weakest = Math.min(...whole.map((a) => a.share), ...halves.map((a) => a.share));
  return {
    id: condition.id,
    label: condition.label,
    kind: condition.kind,
    figure: Number.isFinite(weakest) ? weakest : 0,
    threshold: condition.share,
    pass: whole.every((a) => a.pass) && halves.every((a) => a.pass),
    readings: {
      whole: { pass: whole.every((a) => a.pass), areas: whole },
      halves: { pass: halves.every((a) => a.pass), areas: halves },
    },
  };
}

function areasUnder(scorer: Scorer, scopeId: string): Group[] {
  const scope = scorer.index.groups.get(scopeId);
  const found: Group[] = [];
  const visit = (group: Group): void => {
    if (group.level === 'area') found.push(group);
    else group.children.forEach((c) => c.kind === 'group' && visit(c));
  };
  if (scope) visit(scope);
  return found;
}
