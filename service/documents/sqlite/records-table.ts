import type { AnswerRecord } from '../../../shared/records/answer-record';
import type { RecordReads, RecordRow, RecordWrites } from '../storage/document-store';
import { checkedRecordRow } from '../storage/record-rows';
import type { Connection } from './connection';

export type { RecordRow };

/** One row per filled item: its answer, note, evidence, review and work-planning fields. */
export class RecordsTable implements RecordReads, RecordWrites {
  constructor(
    private readonly c: Connection,
    private readonly file: string,
  ) {}

  rows(): RecordRow[] {
    return this.c
      .statement('SELECT * FROM records ORDER BY item_id')
      .all()
      .map((row) => checkedRecordRow(row, this.file));
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
