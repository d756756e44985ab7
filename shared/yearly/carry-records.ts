import { parseAnswer } from '../answers/parse-answer';
import type { AnswerRecord, RecordEvidence } from '../records/answer-record';
import { sameValue } from '../records/record-change';
import type { TemplateIndex } from '../template/template-index';
import type { QuestionMatch } from './map-questions';

/** The fields of last year's record that become this year's first draft. */
export const CARRIED_FIELDS = ['answer', 'note', 'evidence', 'pokja'] as const;
export type CarriedRecord = Pick<AnswerRecord, (typeof CARRIED_FIELDS)[number]>;

export interface CarriedRecords {
  /** By this year's item id: what was carried (only items that received something). */
  records: Map<string, CarriedRecord>;
  /** Answers that are not an answer of this year's question (another type): left out, and said so. */
  dropped: { from: string; to: string; answer: string | number }[];
  /** Evidence files stored in last year's document, which do not travel: named, not carried. */
  filesLeft: { to: string; fileName: string }[];
}

/**
 * Last year's answers, notes, evidence and pokja as this year's first draft, through the mapping. An
 * answer is carried when it is an answer of this year's question (A stays A; a Ya/Tidak answer does
 * not become a count); a `%` row computed from inputs carries its note and evidence, not an answer.
 * Reviewer values, status and target month stay with last year.
 */
export function carryRecords(
  matches: readonly QuestionMatch[],
  lastRecords: ReadonlyMap<string, AnswerRecord>,
  current: TemplateIndex,
): CarriedRecords {
  const records = new Map<string, CarriedRecord>();
  const dropped: CarriedRecords['dropped'] = [];
  const filesLeft: CarriedRecords['filesLeft'] = [];
  for (const { from, to } of matches) {
    const last = lastRecords.get(from);
    if (!last) continue;
    const type = current.answerables.get(to)?.type;
    let answer: CarriedRecord['answer'] = null;
    if (last.answer !== null && type) {
      const parsed = parseAnswer(type, last.answer);
      if (parsed.ok) answer = parsed.value;
      else dropped.push({ from, to, answer: last.answer });
    }
    const evidence: RecordEvidence[] = [];
    for (const entry of last.evidence) {
      if (entry.attachment) filesLeft.push({ to, fileName: entry.attachment.fileName });
      else evidence.push(entry);
    }
    const carried: CarriedRecord = { answer, note: last.note, evidence, pokja: last.pokja };
    if (!sameValue(carried, { answer: null, note: null, evidence: [], pokja: null }))
      records.set(to, carried);
  }
  return { records, dropped, filesLeft };
}

/**
 * Whether an item still shows what was carried from last year, unconfirmed: nobody confirmed it and
 * every carried field is as it was carried (a change is a decision about it too).
 */
export function isUnconfirmed(
  carried: { record: CarriedRecord; confirmed: boolean } | undefined,
  record: AnswerRecord | undefined,
): boolean {
  if (!carried || carried.confirmed) return false;
  return CARRIED_FIELDS.every((field) =>
    sameValue(carried.record[field], record?.[field] ?? (field === 'evidence' ? [] : null)),
  );
}
