import { parseAnswer } from '../answers/parse-answer';
import { formatNumber } from '../format/number';
import type { Result } from '../problem';
import { fail, ok } from '../problem';
import type { AnswerType } from '../template/answer-type';
import type { RecordEvidence, RecordField } from './answer-record';
import { RecordEvidenceSchema, WORK_STATUSES } from './answer-record';
import { keepLinksSafe } from './link-policy';
import type { FieldValue } from './record-change';

/**
 * Checks a raw value typed, pasted or sent for one field of an item and returns the value to store.
 * Answers are read against the item's answer type ("ya" → "Ya", "3,62" → 3.62); empty text clears a
 * field; a pasted block of evidence is read one line per piece (a line starting with http is a link).
 * `answerType` is the item's answer type, which only the answer fields use.
 */
export function parseFieldValue(
  answerType: AnswerType,
  field: RecordField,
  raw: unknown,
): Result<FieldValue> {
  switch (field) {
    case 'answer':
    case 'reviewerAnswer':
      return parseAnswer(answerType, raw);
    case 'note':
    case 'reviewerNote':
    case 'pokja':
      return parseText(raw);
    case 'evidence':
      return parseEvidence(raw);
    case 'status':
      return parseStatus(raw);
    case 'targetMonth':
      return parseMonth(raw);
  }
}

const isBlank = (raw: unknown): boolean =>
  raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');

/**
 * The longest text a note, a reviewer's note or a pokja name may hold: what one Excel cell holds, so that
 * every text kept here goes whole into the workbook exported from it. A longer text is refused, said.
 */
export const MAX_TEXT_LENGTH = 32_767;

function parseText(raw: unknown): Result<string | null> {
  if (isBlank(raw)) return ok(null);
  if (typeof raw === 'string' && raw.length > MAX_TEXT_LENGTH)
    return fail({
      code: 'record.tooLong',
      params: { length: formatNumber(raw.length, 0), max: formatNumber(MAX_TEXT_LENGTH, 0) },
    });
  if (typeof raw === 'string') return ok(raw);
  if (typeof raw === 'number') return ok(String(raw));
  return fail({ code: 'record.notText' });
}

/**
 * One line of evidence as the grid shows and users type it: "SK Tim | https://…" (a description and its
 * link), a bare link, or a description alone.
 */
function evidenceLine(line: string): RecordEvidence {
  const linked = /^(.*?)\s*\|?\s*(https?:\/\/\S+)$/i.exec(line);
  if (!linked) return { text: line };
  const text = (linked[1] ?? '').replace(/\s*\|\s*$/, '').trim();
  return text ? { text, url: linked[2] as string } : { url: linked[2] as string };
}

function parseEvidence(raw: unknown): Result<RecordEvidence[]> {
  if (isBlank(raw)) return ok([]);
  if (typeof raw === 'string') {
    const lines = raw.split(/\r?\n/).map((line) => line.trim());
    return ok(lines.filter((line) => line !== '').map(evidenceLine));
  }
  const parsed = RecordEvidenceSchema.array().safeParse(raw);
  // Only http, https and mailto stay links; anything else is kept as text (see link-policy.ts).
  if (parsed.success) return ok(keepLinksSafe(parsed.data).evidence);
  return fail({ code: 'record.badEvidence', params: { message: parsed.error.issues[0]?.message ?? '' } });
}

function parseStatus(raw: unknown): Result<(typeof WORK_STATUSES)[number] | null> {
  if (isBlank(raw)) return ok(null);
  const text = String(raw).trim().toLowerCase();
  const status = WORK_STATUSES.find((s) => s === text);
  return status
    ? ok(status)
    : fail({ code: 'record.badStatus', params: { status: String(raw), options: WORK_STATUSES.join(', ') } });
}

/** Accepts `2026-05` and `2026-5`, stored as `2026-05`. */
function parseMonth(raw: unknown): Result<string | null> {
  if (isBlank(raw)) return ok(null);
  const match = /^(\d{4})-(\d{1,2})$/.exec(String(raw).trim());
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12)
    return fail({ code: 'record.badMonth', params: { month: String(raw) } });
  return ok(`${match[1]}-${String(month).padStart(2, '0')}`);
}
