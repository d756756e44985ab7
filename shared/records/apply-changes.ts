import type { AnswerRecord } from './answer-record';
import { EMPTY_RECORD } from './answer-record';
import type { DocumentMetadata } from './document-metadata';
import type { Change } from './record-change';

/** The records and metadata of a document at one moment. Items without a record are empty. */
export interface DocumentState {
  records: ReadonlyMap<string, AnswerRecord>;
  metadata: DocumentMetadata;
}

/** What a set of changes produces: the new record of every item touched, and the new metadata. */
export interface AppliedChanges {
  records: Map<string, AnswerRecord>;
  metadata: DocumentMetadata;
  metadataChanged: boolean;
}

/** The record of an item, empty when the item was never filled. */
export const recordOf = (records: ReadonlyMap<string, AnswerRecord>, itemId: string): AnswerRecord =>
  records.get(itemId) ?? EMPTY_RECORD;

/** Applies changes in order without touching `state`: the result holds only the items that changed. */
export function applyChanges(state: DocumentState, changes: readonly Change[]): AppliedChanges {
  const records = new Map<string, AnswerRecord>();
  let metadata = state.metadata;
  let metadataChanged = false;
  for (const change of changes) {
    if (change.field === 'survey') continue;
    if (change.itemId === null) {
      metadata = change.after;
      metadataChanged = true;
      continue;
    }
    const current = records.get(change.itemId) ?? recordOf(state.records, change.itemId);
    records.set(change.itemId, { ...current, [change.field]: change.after });
  }
  return { records, metadata, metadataChanged };
}
