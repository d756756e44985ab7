import type { Scorer } from '../scoring/scorer';
import type { AnswerValue } from '../template/answer-type';

/** Answers to try: an id mapped to the answer it would get. */
export type Answers = ReadonlyMap<string, AnswerValue>;

/**
 * Reads a scorer as it would be with some answers changed, then puts the answers back exactly as they
 * were (an unanswered question is cleared again), so that the scorer (a document's own) is unchanged.
 */
export function withAnswers<T>(scorer: Scorer, answers: Answers, read: (scorer: Scorer) => T): T {
  if (answers.size === 0) return read(scorer);
  const before = [...answers.keys()].map((id) => [id, scorer.answer(id) ?? null] as const);
  scorer.setAnswers(answers);
  try {
    return read(scorer);
  } finally {
    scorer.setAnswers(before);
  }
}

/** The total and the value of some nodes, as `scorer` computes them with `answers`. */
export interface Measured {
  total: number;
  nodes: Record<string, number>;
}

export function measure(scorer: Scorer, answers: Answers, nodes: readonly string[]): Measured {
  return withAnswers(scorer, answers, (s) => {
    const values: Record<string, number> = {};
    for (const id of nodes) values[id] = s.node(id)?.value ?? 0;
    return { total: s.total(), nodes: values };
  });
}
