import type { AnswerRecord } from '../../shared/records/answer-record';
import { diffRecords } from '../../shared/records/diff-records';
import type { DocumentMetadata } from '../../shared/records/document-metadata';
import { DocumentMetadataSchema } from '../../shared/records/document-metadata';
import type { Change, FieldValue, RecordChange } from '../../shared/records/record-change';
import { sameValue } from '../../shared/records/record-change';
import { ProblemError } from '../../shared/problem';
import type { DocumentSession, EditResult } from './document-session';
import { parseRecordList } from './read-content';
import type { SnapshotRow } from './storage/document-store';
import { withStorageProblems } from './storage-problem';

export interface SnapshotInfo {
  id: number;
  name: string;
  at: string;
  author: string;
  total: number;
  reviewerTotal: number;
}

export interface SnapshotComparison {
  snapshot: SnapshotInfo;
  differences: { itemId: string; field: RecordChange['field']; snapshot: FieldValue; current: FieldValue }[];
  metadata: { snapshot: DocumentMetadata; current: DocumentMetadata } | null;
  totals: { snapshot: { unit: number; reviewer: number }; current: { unit: number; reviewer: number } };
}

/** Keeps a named, dated copy of every record and the metadata ("dikirim ke APIP 12 Mei"). */
export function createSnapshot(session: DocumentSession, name: string, author: string): SnapshotInfo {
  const at = new Date().toISOString();
  // Inside the write transaction, so that what is kept is the document as it is, whoever edited it last.
  const row = withStorageProblems(session.path, () =>
    session.store.write((db) => {
      session.sync();
      const row = {
        name: name.trim(),
        at,
        author,
        total: session.scores.unit.total(),
        reviewer_total: session.scores.reviewer.total(),
      };
      const content = {
        records: JSON.stringify([...session.records]),
        metadata: JSON.stringify(session.metadata),
      };
      return { id: db.snapshots.add(row, content), ...row };
    }),
  );
  return toInfo(row);
}

export function listSnapshots(session: DocumentSession): SnapshotInfo[] {
  return session.store.read((db) => db.snapshots.list()).map(toInfo);
}

/** What differs between a snapshot and now, field by field, with both totals. */
export function compareSnapshot(session: DocumentSession, snapshotId: number): SnapshotComparison {
  session.sync();
  const { info, records, metadata } = readSnapshot(session, snapshotId);
  return {
    snapshot: info,
    differences: diffRecords(session.index, records, session.records).map((c) => ({
      itemId: c.itemId,
      field: c.field,
      snapshot: c.before,
      current: c.after,
    })),
    metadata: sameValue(metadata, session.metadata)
      ? null
      : { snapshot: metadata, current: session.metadata },
    totals: {
      // As shown when the snapshot was taken (by the rule that led then), beside the total shown now.
      snapshot: { unit: info.total, reviewer: info.reviewerTotal },
      current: { unit: session.scores.unit.total(), reviewer: session.scores.reviewer.total() },
    },
  };
}

/** Puts a snapshot's records and metadata back as one action, which undo can take back. */
export function restoreSnapshot(session: DocumentSession, snapshotId: number, author: string): EditResult {
  return session.perform(author, (tx) => {
    const { info, records, metadata } = readSnapshot(session, snapshotId);
    const changes: Change[] = diffRecords(session.index, tx.currentRecords(), records);
    if (!sameValue(metadata, tx.metadata)) {
      changes.push({ itemId: null, field: 'metadata', before: tx.metadata, after: metadata });
    }
    tx.recordAction('restore', info.name, changes);
  });
}

function readSnapshot(session: DocumentSession, snapshotId: number) {
  const { row, content } = session.store.read((db) => ({
    row: db.snapshots.get(snapshotId),
    content: db.snapshots.content(snapshotId),
  }));
  if (!row || !content) {
    throw new ProblemError([
      { code: 'snapshot.unknown', params: { id: snapshotId }, where: { file: session.fileName } },
    ]);
  }
  const records: Map<string, AnswerRecord> = parseRecordList(content.records, session.fileName);
  const metadata = DocumentMetadataSchema.parse(JSON.parse(content.metadata));
  return { info: toInfo(row), records, metadata };
}

const toInfo = (row: SnapshotRow): SnapshotInfo => ({
  id: row.id,
  name: row.name,
  at: row.at,
  author: row.author,
  total: row.total,
  reviewerTotal: row.reviewer_total,
});
