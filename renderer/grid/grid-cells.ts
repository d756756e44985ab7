import type { RecordField } from '../../shared/records/answer-record';
import { answerText, EDITABLE_FIELDS } from './columns';
import type { ItemRow } from './grid-rows';

/** The record field a grid column edits, or null for a computed or read-only column. */
export const fieldOfColumn = (col: string): RecordField | null =>
  EDITABLE_FIELDS.find((f) => f === col) ?? null;

/** Whether a row's cell of a field takes a value: a derived row's answers are computed from its inputs. */
export function writable(row: ItemRow, field: RecordField): boolean {
  if (field === 'answer' || field === 'reviewerAnswer') return row.editable;
  return row.kind === 'indicator' || field === 'note';
}

export function hasValue(row: ItemRow, field: RecordField): boolean {
  const value = row.record[field];
  return Array.isArray(value) ? value.length > 0 : value !== null;
}

/** A record's field as text that an edit takes back unchanged. */
export function rawText(row: ItemRow, field: RecordField): string | null {
  const value = row.record[field];
  if (value === null || Array.isArray(value)) return null;
  return typeof value === 'number' ? answerText(value) : value;
}
