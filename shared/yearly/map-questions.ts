import { recordIds } from '../records/diff-records';
import type { TemplateIndex } from '../template/template-index';
import { normaliseQuestion, textSimilarity } from './question-text';

/** How a question of last year's template found its place in this year's. */
export type MatchKind = 'table' | 'code' | 'text' | 'fuzzy';

export interface QuestionMatch {
  /** Last year's item id. */
  from: string;
  /** This year's item id. */
  to: string;
  how: MatchKind;
  /** 1 for the table, the same code or the same text; the text similarity of a fuzzy match. */
  confidence: number;
}

/** Last year's item that found no place, with the closest of this year's when one came near. */
export interface UnmatchedQuestion {
  from: string;
  title: string;
  suggestion: { to: string; title: string; confidence: number } | null;
}

export interface QuestionMapping {
  matches: QuestionMatch[];
  unmatched: UnmatchedQuestion[];
}

/**
 * Thresholds of the text similarity (0–1): from `accept` a fuzzy match is taken (and shown with its
 * confidence for the user to check); from `suggest` it is only offered beside the unmatched question.
 */
export const FUZZY_THRESHOLDS = { accept: 0.85, suggest: 0.6 } as const;

export interface MappingOptions {
  /** Known renames between the two models: last year's id → this year's (shared/yearly/renames.ts). */
  renames?: Readonly<Record<string, string>>;
  thresholds?: { accept: number; suggest: number };
}

interface Item {
  id: string;
  title: string;
  /** The normalised title; a `Jumlah` input is named with the question it feeds. */
  text: string;
  /** choice / count / number: a count is never matched with a choice. */
  kind: string;
  /** The normalised title of the sub-area (or question, for an input) above it. */
  parent: string;
}

/**
 * Maps every item of last year's template (questions and `Jumlah` inputs, and the `%` rows computed from
 * them) onto this year's, one to one, in four passes, each over what earlier passes left:
 * 1. the table of known renames between the two models;
 * 2. the same code and the same title;
 * 3. the same normalised title (case, accents, punctuation and spacing aside) and the same kind of
 *    answer, preferring the same code, then the same parent, then the only candidate;
 * 4. the most similar normalised title of the same kind of answer, best pairs first, taken from
 *    `thresholds.accept`, offered as a suggestion from `thresholds.suggest`.
 */
export function mapQuestions(
  last: TemplateIndex,
  current: TemplateIndex,
  options: MappingOptions = {},
): QuestionMapping {
  const { accept, suggest } = options.thresholds ?? FUZZY_THRESHOLDS;
  const sources = itemsOf(last);
  const goals = itemsOf(current);
  const goalById = new Map(goals.map((g) => [g.id, g]));
  const matches: QuestionMatch[] = [];
  const usedFrom = new Set<string>();
  const usedTo = new Set<string>();
  const take = (from: Item, to: Item, how: MatchKind, confidence: number) => {
    matches.push({ from: from.id, to: to.id, how, confidence });
    usedFrom.add(from.id);
    usedTo.add(to.id);
  };
  const open = (list: Item[], used: Set<string>) => list.filter((i) => !used.has(i.id));

  for (const source of sources) {
    const to = options.renames?.[source.id];
    const goal = to === undefined ? undefined : goalById.get(to);
    if (goal && !usedTo.has(goal.id)) take(source, goal, 'table', 1);
  }
  for (const source of open(sources, usedFrom)) {
    const goal = goalById.get(source.id);
    if (
      goal &&
      !usedTo.has(goal.id) &&
      goal.title.trim() === source.title.trim() &&
      goal.kind === source.kind
    )
      take(source, goal, 'code', 1);
  }
  for (const source of open(sources, usedFrom)) {
    const same = open(goals, usedTo).filter((g) => g.text === source.text && g.kind === source.kind);
    const goal =
      same.find((g) => g.id === source.id) ??
      same.find((g) => g.parent === source.parent) ??
      (same.length === 1 ? same[0] : undefined);
    if (goal) take(source, goal, 'text', 1);
  }
  const pairs: { source: Item; goal: Item; confidence: number }[] = [];
  for (const source of open(sources, usedFrom)) {
    for (const goal of open(goals, usedTo)) {
      if (goal.kind !== source.kind) continue;
      const confidence = round(textSimilarity(source.text, goal.text));
      if (confidence >= suggest) pairs.push({ source, goal, confidence });
    }
  }
  // Best pairs first; among equals, the same code, then the same parent, then document order.
  pairs.sort(
    (a, b) =>
      b.confidence - a.confidence ||
      Number(b.goal.id === b.source.id) - Number(a.goal.id === a.source.id) ||
      Number(b.goal.parent === b.source.parent) - Number(a.goal.parent === a.source.parent),
  );
  const suggestions = new Map<string, { goal: Item; confidence: number }>();
  for (const { source, goal, confidence } of pairs) {
    if (usedFrom.has(source.id)) continue;
    if (confidence >= accept && !usedTo.has(goal.id)) take(source, goal, 'fuzzy', confidence);
    else if (!suggestions.has(source.id)) suggestions.set(source.id, { goal, confidence });
  }
  const unmatched = open(sources, usedFrom).map((source): UnmatchedQuestion => {
    const near = suggestions.get(source.id);
    return {
      from: source.id,
      title: source.title,
      suggestion: near ? { to: near.goal.id, title: near.goal.title, confidence: near.confidence } : null,
    };
  });
  const order = new Map(sources.map((s, i) => [s.id, i]));
  matches.sort((a, b) => (order.get(a.from) ?? 0) - (order.get(b.from) ?? 0));
  return { matches, unmatched };
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Every item that can hold a record, with what identifies its question. */
function itemsOf(index: TemplateIndex): Item[] {
  return recordIds(index).map((id) => {
    const answerable = index.answerables.get(id);
    if (answerable?.kind === 'input') {
      const feeds = answerable.indicator.title;
      return {
        id,
        title: answerable.input.title,
        text: normaliseQuestion(`${feeds} ${answerable.input.title}`),
        kind: answerable.type.kind,
        parent: normaliseQuestion(feeds),
      };
    }
    const indicator = index.indicators.get(id);
    const title = indicator?.title ?? '';
    return {
      id,
      title,
      text: normaliseQuestion(title),
      // A `%` row computed from inputs holds no answer: it is matched only with another computed row.
      kind: indicator?.derive ? 'derived' : (answerable?.type.kind ?? 'none'),
      parent: normaliseQuestion(index.parent.get(id)?.title ?? ''),
    };
  });
}
