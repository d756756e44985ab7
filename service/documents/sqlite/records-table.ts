import type { AnswerRecord } from '../../../shared/records/answer-record';
import type { Connection } from './connection';

/** A records row as SQLite returns it; `evidence` is JSON. */
export interface RecordRow {
  item_id: string;
  answer: string | number | null;
  note: string | null;
  evidence: string;
  reviewer_answer: string | number | null;
  reviewer_note: string | null;
  pokja: string | null;
  status: string | null;
  target_month: string | null;
}

/** One row per filled item: its answer, note, evidence, review and work-planning fields. */
export class RecordsTable {
  constructor(private readonly c: Connection) {}

  /** Every stored row, unchecked: the caller validates them (documents are checked on open). */
  rows(): RecordRow[] {
    return this.c.statement('SELECT * FROM records ORDER BY item_id').all() as RecordRow[];
  }

  write(itemId: string, r: AnswerRecord): void {
    this.c
      .statement(
        `INSERT OR REPLACE INTO records
           (item_id, answer, note, evidence, reviewer_answer, reviewer_note, pokja, status, target_month)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        itemId,
        r.answer,
        r.note,
        JSON.stringify(r.evidence),
        r.reviewerAnswer,
        r.reviewerNote,
        r.pokja,
        r.status,
        r.targetMonth,
      );
  }
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
