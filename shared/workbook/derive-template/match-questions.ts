import type { AnswerKind } from '../../answers/kinds';
import { ANSWER_KINDS } from '../../answers/kinds';
import type { Template } from '../../template/template-schema';
import { indexTemplate } from '../../template/template-index';
import type { LkeRow } from '../read/read-rows';

/** How far ahead in the template a row's question is looked for (rows inserted or left out). */
const LOOK_AHEAD = 12;
/** A template fits when at least this share of its questions and inputs are found. */
const ENOUGH = 0.6;
/** Titles this alike (Dice coefficient of their letter pairs) are one question worded differently. */
const SIMILAR = 0.75;

/** A built-in template matched with the rows of a workbook, question by question. */
export interface QuestionMatch {
  template: Template;
  /** Row of every answerable found (0-based), by id. */
  rows: Record<string, number>;
  matched: number;
  answerables: number;
  /** Rows that look like questions or inputs and match no answerable of the template. */
  unmatched: LkeRow[];
}

/**
 * Matches the question and `Jumlah` rows of a workbook that computes no scores with a built-in template's
 * answerables, in order: a row takes the next answerable (within a few places) whose title is the same
 * once case, spacing and punctuation are set aside and whose answer type agrees. Order settles repeated
 * titles ("Jumlah yang sudah melaporkan" under LHKPN and under LHKASN). The best template that fits wins.
 */
export function matchQuestions(rows: LkeRow[], templates: Template[]): QuestionMatch | null {
  const candidates = rows.filter((r) => !r.isTotal && (r.typeLabel !== null || r.hasAnswerCell));
  let best: QuestionMatch | null = null;
  for (const template of templates) {
    const match = matchOne(candidates, template);
    if (match.matched / match.answerables < ENOUGH) continue;
    // The template that leaves the fewest of the sheet's rows unmatched, then the one most matched.
    if (
      !best ||
      match.unmatched.length < best.unmatched.length ||
      (match.unmatched.length === best.unmatched.length && match.matched > best.matched)
    )
      best = match;
  }
  return best;
}

function matchOne(candidates: LkeRow[], template: Template): QuestionMatch {
  const index = indexTemplate(template);
  // Every record of the template in order: questions, derived `%` rows (answered by their inputs) and
  // their `Jumlah` inputs.
  const order = index.indicatorOrder.flatMap((indicator) => [
    item(indicator.id, indicator.title, indicator.answerType, index),
    ...(indicator.inputs ?? []).map((input) => item(input.id, input.title, input.answerType, index)),
  ]);
  const rows: Record<string, number> = {};
  const unmatched: LkeRow[] = [];
  let next = 0;
  for (const [position, row] of candidates.entries()) {
    const title = normalise(row.title);
    const window = order.slice(next, next + LOOK_AHEAD);
    // The same title and type first; the same title of another type (its answers are then checked
    // against the template's options); a title that differs by a typo or a renamed word, of the same type.
    const exact = [
      (item: (typeof order)[number]) => item.title === title && typeFits(row.typeLabel, item.type, item.kind),
      (item: (typeof order)[number]) => item.title === title,
    ]
      .map((test) => window.findIndex(test))
      .find((i) => i >= 0);
    let at =
      exact ??
      window.findIndex(
        (item) => typeFits(row.typeLabel, item.type, item.kind) && similarity(item.title, title) >= SIMILAR,
      );
    // A row only like an item further on, while the next rows are the very items it would skip (a typed
    // "Jumlah yang harus melaporkan" above the breakdown the template counts instead), is a row of the
    // sheet's own: taking it would leave the items in between unmatched.
    if (exact === undefined && at > 0) {
      const skipped = new Set(window.slice(0, at).map((item) => item.title));
      const following = candidates.slice(position + 1, position + 1 + at);
      if (following.some((r) => skipped.has(normalise(r.title)))) at = -1;
    }
    const found = at < 0 ? -1 : next + at;
    if (found < 0) {
      unmatched.push(row);
      continue;
    }
    rows[(order[found] as (typeof order)[number]).id] = row.row;
    next = found + 1;
  }
  // Derived `%` rows are found when the sheet has them (their notes), but only what takes an answer counts.
  const answerable = order.filter((item) => index.answerables.has(item.id));
  const matched = answerable.filter((item) => rows[item.id] !== undefined).length;
  return { template, rows, matched, answerables: answerable.length, unmatched };
}

function item(
  id: string,
  title: string,
  type: string,
  index: ReturnType<typeof indexTemplate>,
): { id: string; title: string; type: string; kind: AnswerKind } {
  return { id, title: normalise(title), type, kind: index.answerTypes.get(type)?.kind ?? 'number' };
}

/** A row's "Pilihan Jawaban" agrees with a template type: same options, or both counts or numbers. */
function typeFits(label: string | null, type: string, kind: AnswerKind): boolean {
  if (!label) return true;
  const a = normalise(label);
  const b = normalise(type);
  if (a === b) return true;
  return ANSWER_KINDS[kind].fitsLabel(a);
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** Dice coefficient of the two texts' letter pairs: 1 for the same text, near 1 for a typo. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const pairs = (text: string): Map<string, number> => {
    const counts = new Map<string, number>();
    for (let i = 0; i < text.length - 1; i++) {
      const pair = text.slice(i, i + 2);
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
    return counts;
  };
  const left = pairs(a);
  const right = pairs(b);
  let shared = 0;
  for (const [pair, count] of left) shared += Math.min(count, right.get(pair) ?? 0);
  const total = Math.max(0, a.length - 1) + Math.max(0, b.length - 1);
  return total === 0 ? 0 : (2 * shared) / total;
}
