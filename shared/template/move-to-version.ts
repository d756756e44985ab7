import { parseAnswer } from '../answers/parse-answer';
import type { AnswerRecord } from '../records/answer-record';
import { EMPTY_RECORD } from '../records/answer-record';
import { recordIds } from '../records/diff-records';
import { sameValue } from '../records/record-change';
import { mapQuestions } from '../yearly/map-questions';
import type { MatchKind } from '../yearly/map-questions';
import { renamesBetween } from '../yearly/renames';
import type { TemplateIndex } from './template-index';

/** A question (or `Jumlah` input) of the old version and where its record went in the new one. */
export interface MovedItem {
  from: string;
  to: string;
  fromTitle: string;
  toTitle: string;
  how: MatchKind;
  confidence: number;
}

/** An item of the old version with something filled in that found no place (or whose answer does not fit). */
export interface DroppedItem {
  from: string;
  title: string;
  answer: string | number | null;
  /** Where it would have gone when only its answer does not fit the new question's type. */
  to?: string;
}

export interface VersionMove {
  records: Map<string, AnswerRecord>;
  /** Items whose id changed (renamed, moved, matched by title or similarity), with how. */
  moved: MovedItem[];
  /** Items kept under the same id. */
  kept: number;
  dropped: DroppedItem[];
  /** Questions of the new version nothing was carried to. */
  added: { id: string; title: string }[];
}

/**
 * A document's records moved to a new version of its template, with the yearly mapping: the same id
 * (a question renamed in place keeps its answer), the rename table between the two (`renames`, and the
 * known one between two built-in models), the same title, then the most similar title. Every field is
 * carried (answer, note, evidence, review, pokja, status, target month); an answer that is not an
 * answer of the new question (another type, an option that no longer exists) stays behind and is listed.
 */
export function moveToVersion(
  from: TemplateIndex,
  to: TemplateIndex,
  records: ReadonlyMap<string, AnswerRecord>,
  renames: Readonly<Record<string, string>> = {},
): VersionMove {
  const sameId: Record<string, string> = {};
  for (const id of recordIds(from)) {
    const a = from.answerables.get(id)?.type.kind ?? 'derived';
    const b = to.answerables.get(id)?.type.kind ?? (to.indicators.has(id) ? 'derived' : undefined);
    if (b !== undefined && a === b) sameId[id] = id;
  }
  const mapping = mapQuestions(from, to, {
    renames: { ...renamesBetween(from.template.id, to.template.id), ...sameId, ...renames },
  });
  const title = (index: TemplateIndex, id: string): string =>
    index.indicators.get(id)?.title ?? index.answerables.get(id)?.indicator.title ?? id;
  const result: VersionMove = { records: new Map(), moved: [], kept: 0, dropped: [], added: [] };
  const filled = (record: AnswerRecord | undefined): record is AnswerRecord =>
    record !== undefined && !sameValue(record, EMPTY_RECORD);
  for (const match of mapping.matches) {
    const record = records.get(match.from);
    if (match.from === match.to) result.kept++;
    else {
      result.moved.push({
        from: match.from,
        to: match.to,
        fromTitle: title(from, match.from),
        toTitle: title(to, match.to),
        how: match.how,
        confidence: match.confidence,
      });
    }
    if (!filled(record)) continue;
    const type = to.answerables.get(match.to)?.type;
    const fit = (value: string | number | null) => {
      if (value === null || !type) return { ok: true as const, value: null };
      const parsed = parseAnswer(type, value);
      return parsed.ok ? { ok: true as const, value: parsed.value } : { ok: false as const };
    };
    const answer = fit(record.answer);
    const reviewer = fit(record.reviewerAnswer);
    if (!answer.ok) {
      result.dropped.push({
        from: match.from,
        to: match.to,
        title: title(from, match.from),
        answer: record.answer,
      });
    }
    result.records.set(match.to, {
      ...record,
      answer: answer.ok ? answer.value : null,
      reviewerAnswer: reviewer.ok ? reviewer.value : null,
    });
  }
  for (const item of mapping.unmatched) {
    const record = records.get(item.from);
    if (filled(record)) result.dropped.push({ from: item.from, title: item.title, answer: record.answer });
  }
  const reached = new Set(mapping.matches.map((m) => m.to));
  for (const id of recordIds(to)) {
    if (!reached.has(id)) result.added.push({ id, title: title(to, id) });
  }
  return result;
}
