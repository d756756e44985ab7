import { ProblemError } from '../../../shared/problem';
import type { RecordRow } from './rows';
import { RecordRowSchema } from './rows';

/** A records row checked; a value of the wrong kind (a blob answer) names its item, as any bad content. */
export function checkedRecordRow(row: unknown, file: string): RecordRow {
  const parsed = RecordRowSchema.safeParse(row);
  if (parsed.success) return parsed.data;
  const itemId = (row as { item_id?: unknown } | undefined)?.item_id;
  const field = `${typeof itemId === 'string' ? itemId : 'records'}.${parsed.error.issues[0]?.path.join('.')}`;
  throw new ProblemError([{ code: 'document.badContent', where: { file, field } }]);
}

/** The record a row holds, before validation. */
export const rowToRecord = (row: RecordRow): unknown => ({
  answer: row.answer,
  note: row.note,
  evidence: JSON.parse(row.evidence),
  reviewerAnswer: row.reviewer_answer,
  reviewerNote: row.reviewer_note,
  pokja: row.pokja,
  status: row.status,
  targetMonth: row.target_month,
});
