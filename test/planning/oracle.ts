import type { AnswerValue } from '../../shared/template/answer-type';
import type { Group, Indicator, Template } from '../../shared/template/template-schema';

/**
 * The planner's oracle, written from the template and the rules as the regulation and the planner's
 * documentation state them, sharing no code with the planner or the scorer (no Scorer, choicesFor,
 * reaches): it scores a filling by hand-written arithmetic and tries every combination of raised answers.
 * It covers what the small templates use: choice questions and numbers on a scale, `sum` and `average`
 * groups, unanswered questions skipped, "minimum" and "every area" conditions.
 */
export type Answers = ReadonlyMap<string, AnswerValue | null>;

/** A question's share (0..1): an option's value over the best option's; a number's place on its scale. */
function share(template: Template, question: Indicator, answer: AnswerValue | null): number | null {
  if (answer === null) return null;
  const type = template.answerTypes.find((t) => t.label === question.answerType);
  if (type?.kind === 'choice') {
    const best = Math.max(...type.options.map((o) => o.value));
    const option = type.options.find((o) => o.key === answer);
    return option ? option.value / best : null;
  }
  if (type?.kind === 'number' && typeof answer === 'number')
    return (answer - type.min) / (type.max - type.min);
  return null;
}

/**
 * Every node's value: a question under a sum counts its weight × share; a sub-area (average) is its
 * weight × the average share of its answered questions (0 when none is answered); a sum adds its children.
 */
export function values(template: Template, answers: Answers): Map<string, number> {
  const out = new Map<string, number>();
  const visit = (node: Group | Indicator, parentAverages: boolean): number => {
    if (node.kind === 'indicator') {
      const s = share(template, node, answers.get(node.id) ?? null);
      const value = parentAverages ? (s ?? NaN) : (node.weight ?? 0) * (s ?? 0);
      out.set(node.id, value);
      return value;
    }
    const children = node.children.map((c) => visit(c, node.aggregate === 'average'));
    let value: number;
    if (node.aggregate === 'average') {
      const answered = children.filter((v) => !Number.isNaN(v));
      value =
        answered.length === 0 ? 0 : (node.weight * answered.reduce((a, b) => a + b, 0)) / answered.length;
    } else value = children.reduce((a, b) => a + (Number.isNaN(b) ? 0 : b), 0);
    out.set(node.id, value);
    return value;
  };
  visit(template.root, false);
  return out;
}

export const totalOf = (template: Template, answers: Answers): number =>
  values(template, answers).get(template.root.id) ?? 0;

/** The Indeks RB category of a total as shown with two decimals (B is more than 60,00). */
export function category(total: number): string {
  const shown = Math.round(total * 100) / 100;
  for (const [label, above] of [
    ['AA', 90],
    ['A', 80],
    ['BB', 70],
    ['B', 60],
    ['CC', 50],
    ['C', 30],
  ] as const)
    if (shown > above) return label;
  return 'D';
}

/** Whether a filling meets every condition of a predicate: minimums, and every area at its share. */
export function meetsPredicate(template: Template, predicateId: string, answers: Answers): boolean {
  const predicate = template.predicates?.find((p) => p.id === predicateId);
  if (!predicate) throw new Error(`no predicate ${predicateId}`);
  const value = values(template, answers);
  const find = (id: string, node: Group | Indicator = template.root): Group | Indicator | undefined =>
    node.id === id
      ? node
      : node.kind === 'group'
        ? node.children.map((c) => find(id, c)).find(Boolean)
        : undefined;
  const areas = (node: Group | Indicator): Group[] =>
    node.kind === 'indicator' ? [] : node.level === 'area' ? [node] : node.children.flatMap(areas);
  return predicate.conditions.every((condition) => {
    if (condition.kind === 'minimum') return (value.get(condition.node) ?? 0) >= condition.threshold - 1e-9;
    if (condition.kind === 'every-area') {
      const scope = find(condition.scope);
      if (!scope) throw new Error(`no scope ${condition.scope}`);
      return areas(scope).every((a) => (value.get(a.id) ?? 0) >= condition.share * a.weight - 1e-9);
    }
    throw new Error(`the oracle does not read ${(condition as { kind: string }).kind} conditions`);
  });
}

/**
 * The answers a question may be raised to and their effort, by the planner's stated rule: one per option
 * step (options of equal value counted once), an unanswered question one step below the worst option, a
 * number on a scale by twentieths of it; lowering an answer never raises a total, so it is not tried.
 */
function raises(template: Template, question: Indicator, current: AnswerValue | null) {
  const type = template.answerTypes.find((t) => t.label === question.answerType);
  const now = share(template, question, current);
  const steps: { answer: AnswerValue; share: number }[] = [];
  if (type?.kind === 'choice') {
    for (const option of [...type.options].sort((a, b) => a.value - b.value)) {
      const s = share(template, question, option.key) as number;
      if (!steps.some((x) => x.share === s)) steps.push({ answer: option.key, share: s });
    }
  } else if (type?.kind === 'number') {
    for (let k = 0; k <= 20; k++) {
      const answer =
        Math.round((type.min + ((type.max - type.min) * k) / 20) * 10 ** type.decimals) / 10 ** type.decimals;
      steps.push({ answer, share: share(template, question, answer) as number });
    }
  }
  // Where the current answer stands on the steps (-1: unanswered); a number between steps stands at its place.
  const at = now === null ? -1 : type?.kind === 'number' ? now * 20 : steps.findIndex((s) => s.share >= now);
  return steps.flatMap((s, k) =>
    now !== null && s.share <= now + 1e-12 ? [] : [{ answer: s.answer, effort: Math.ceil(k - at - 1e-9) }],
  );
}

/** The least effort of any filling (each question kept or raised) that `meets`, or null when none does. */
export function leastEffort(
  template: Template,
  answers: Answers,
  meets: (answers: Answers) => boolean,
): number | null {
  const questions: Indicator[] = [];
  const collect = (node: Group | Indicator): void =>
    node.kind === 'indicator' ? void questions.push(node) : node.children.forEach(collect);
  collect(template.root);
  const options = questions.map((q) => raises(template, q, answers.get(q.id) ?? null));
  const trial = new Map(answers);
  let best: number | null = null;
  const visit = (i: number, effort: number): void => {
    if (best !== null && effort >= best) return;
    if (i === questions.length) {
      if (meets(trial)) best = effort;
      return;
    }
    const id = (questions[i] as Indicator).id;
    visit(i + 1, effort);
    for (const option of options[i] ?? []) {
      trial.set(id, option.answer);
      visit(i + 1, effort + option.effort);
    }
    trial.set(id, answers.get(id) ?? null);
  };
  visit(0, 0);
  return best;
}
