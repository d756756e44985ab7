import type { AnswerType } from '../template/answer-type';
import type { CategoryBand } from '../template/category-band';
import type { Predicate } from '../template/predicate-schema';
import type { Gate, Indicator, Template } from '../template/template-schema';
import { allNodes, findNode, mapNode } from './tree-edits';

/**
 * The template editor's changes to what a question is scored by (issue 26): answer types with their
 * options and values, `%` rows derived from `Jumlah` inputs, gates, categories and predicates. Pure
 * functions; a change that does not fit gives the template back unchanged.
 */

/** The answer type a derived `%` row gets, and the one its `Jumlah` inputs get (added when missing). */
export const PERCENT_TYPE: AnswerType = { kind: 'number', label: '%', min: 0, max: 1, decimals: 4 };
export const COUNT_TYPE: AnswerType = { kind: 'count', label: 'Jumlah', integer: true };

/** Adds an answer type, or replaces the one at `index` (a question using the old label follows a relabel). */
export function putAnswerType(template: Template, type: AnswerType, index?: number): Template {
  const others = template.answerTypes.filter((_, i) => i !== index);
  if (others.some((t) => t.label === type.label)) return template;
  if (index === undefined) return { ...template, answerTypes: [...template.answerTypes, type] };
  const old = template.answerTypes[index];
  if (!old) return template;
  const answerTypes = template.answerTypes.map((t, i) => (i === index ? type : t));
  let next: Template = { ...template, answerTypes };
  if (old.label !== type.label) next = relabel(next, old.label, type.label);
  return next;
}

function relabel(template: Template, from: string, to: string): Template {
  let next = template;
  for (const node of allNodes(template)) {
    if (node.kind !== 'indicator') continue;
    const uses = node.answerType === from || (node.inputs ?? []).some((i) => i.answerType === from);
    if (!uses) continue;
    next = mapNode(next, node.id, (n) => {
      const q = n as Indicator;
      return {
        ...q,
        answerType: q.answerType === from ? to : q.answerType,
        ...(q.inputs
          ? { inputs: q.inputs.map((i) => (i.answerType === from ? { ...i, answerType: to } : i)) }
          : {}),
      };
    });
  }
  return next;
}

/** The questions (and inputs) that use an answer type, by title: a type in use is not removed. */
export function answerTypeUsers(template: Template, label: string): string[] {
  const users: string[] = [];
  for (const node of allNodes(template)) {
    if (node.kind !== 'indicator') continue;
    if (node.answerType === label) users.push(node.title);
    for (const input of node.inputs ?? []) if (input.answerType === label) users.push(input.title);
  }
  return users;
}

export function removeAnswerType(template: Template, index: number): Template {
  const type = template.answerTypes[index];
  if (!type || template.answerTypes.length < 2 || answerTypeUsers(template, type.label).length)
    return template;
  return { ...template, answerTypes: template.answerTypes.filter((_, i) => i !== index) };
}

export function setQuestionType(template: Template, id: string, answerType: string): Template {
  if (!template.answerTypes.some((t) => t.label === answerType)) return template;
  return mapNode(template, id, (node) =>
    node.kind === 'indicator' && !node.derive ? { ...node, answerType } : node,
  );
}

const withType = (template: Template, type: AnswerType): Template =>
  template.answerTypes.some((t) => t.label === type.label)
    ? template
    : { ...template, answerTypes: [...template.answerTypes, type] };

/**
 * Makes a question a `%` row derived from two `Jumlah` inputs: numerator ÷ denominator, clamped to 0..1,
 * 0 when the denominator is 0 (as the official workbooks do). The inputs are the question's new rows.
 */
export function deriveFromCounts(
  template: Template,
  id: string,
  titles: { numerator: string; denominator: string },
): Template {
  const node = findNode(template, id);
  if (node?.kind !== 'indicator' || node.derive) return template;
  let next = withType(withType(template, PERCENT_TYPE), COUNT_TYPE);
  const free = (n: number): boolean => !allNodes(next).some((x) => x.id === `${id}.${n}`);
  let n = 1;
  while (!free(n) || !free(n + 1)) n++;
  const numerator = `${id}.${n}`;
  const denominator = `${id}.${n + 1}`;
  next = mapNode(next, id, (n) => ({
    ...(n as Indicator),
    answerType: PERCENT_TYPE.label,
    inputs: [
      { id: numerator, code: '-', title: titles.numerator, answerType: COUNT_TYPE.label },
      { id: denominator, code: '-', title: titles.denominator, answerType: COUNT_TYPE.label },
    ],
    derive: {
      kind: 'ratio',
      numerator: [numerator],
      subtract: [],
      denominator: [denominator],
      requires: [numerator, denominator],
      min: 0,
      max: 1,
      onZeroDenominator: 0,
    },
  }));
  return next;
}

/** A derived question answered directly again: its inputs and derivation go. */
export function stopDeriving(template: Template, id: string): Template {
  return mapNode(template, id, (node) => {
    if (node.kind !== 'indicator' || !node.derive) return node;
    const { derive: _derive, inputs: _inputs, ...rest } = node;
    return rest;
  });
}

export function renameInput(template: Template, id: string, inputId: string, title: string): Template {
  return mapNode(template, id, (node) =>
    node.kind === 'indicator' && node.inputs
      ? { ...node, inputs: node.inputs.map((i) => (i.id === inputId ? { ...i, title } : i)) }
      : node,
  );
}

/** A gate on a question from another question (never itself); null removes it. */
export function setGate(template: Template, id: string, gate: Gate | null): Template {
  if (gate && (gate.source === id || findNode(template, gate.source)?.kind !== 'indicator')) return template;
  return mapNode(template, id, (node) => {
    if (node.kind !== 'indicator') return node;
    if (!gate) {
      const { gate: _gate, ...rest } = node;
      return rest;
    }
    return { ...node, gate };
  });
}

export function setCategories(template: Template, categories: CategoryBand[]): Template {
  if (categories.length === 0) {
    const { categories: _categories, ...rest } = template;
    return rest;
  }
  return { ...template, categories };
}

export function setPredicates(template: Template, predicates: Predicate[]): Template {
  if (predicates.length === 0) {
    const { predicates: _predicates, ...rest } = template;
    return rest;
  }
  return { ...template, predicates };
}
