import type { AnswerRecord, RecordField } from './answer-record';
import type { DocumentMetadata } from './document-metadata';

/** The value of one field of a record: an answer, a text, the evidence list, a status, a month. */
export type FieldValue = AnswerRecord[RecordField];

/** One field of one item changed from `before` to `after`: the unit of history, undo and comparison. */
export interface RecordChange {
  itemId: string;
  field: RecordField;
  before: FieldValue;
  after: FieldValue;
}

/** The document's metadata (agency, unit, year, …) changed as a whole. */
export interface MetadataChange {
  itemId: null;
  field: 'metadata';
  before: DocumentMetadata;
  after: DocumentMetadata;
}

/** Where a survey stood: its name and current stored version (null: not in the document). */
export interface SurveyPointer {
  name: string;
  version: number | null;
}

/** A survey imported, changed or bound: its pointer moved from one stored version to another. */
export interface SurveyChange {
  itemId: null;
  field: 'survey';
  before: SurveyPointer;
  after: SurveyPointer;
}

export type Change = RecordChange | MetadataChange | SurveyChange;

export const isRecordChange = (change: Change): change is RecordChange => change.itemId !== null;

/** The changes that take the document back: each one reversed, last first. */
export function invertChanges(changes: readonly Change[]): Change[] {
  return changes.map((c) => ({ ...c, before: c.after, after: c.before }) as Change).reverse();
}

/**
 * Whether two field values are the same, compared as stored data (evidence lists by content), so that
 * an edit to the same value records nothing.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
