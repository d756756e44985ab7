import type { SnapshotContent, SnapshotReads, SnapshotRow, SnapshotWrites } from '../storage/document-store';
import { checkedOptional, checkedRows, SnapshotContentSchema, SnapshotRowSchema } from '../storage/rows';
import type { Connection } from './connection';

/** Named, dated copies of every record. */
export class SnapshotsTable implements SnapshotReads, SnapshotWrites {
  constructor(
    private readonly c: Connection,
    private readonly file: string,
  ) {}

  add(row: Omit<SnapshotRow, 'id'>, content: SnapshotContent): number {
    const { lastInsertRowid } = this.c
      .statement(
        `INSERT INTO snapshots (name, at, author, records, metadata, total, reviewer_total)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(row.name, row.at, row.author, content.records, content.metadata, row.total, row.reviewer_total);
    return Number(lastInsertRowid);
  }

  list(): SnapshotRow[] {
    const rows = this.c
      .statement('SELECT id, name, at, author, total, reviewer_total FROM snapshots ORDER BY id')
      .all();
    return checkedRows(SnapshotRowSchema, rows, this.file, 'snapshots');
  }

  get(id: number): SnapshotRow | undefined {
    const row = this.c
      .statement('SELECT id, name, at, author, total, reviewer_total FROM snapshots WHERE id = ?')
      .get(id);
    return checkedOptional(SnapshotRowSchema, row, this.file, 'snapshots');
  }

  content(id: number): SnapshotContent | undefined {
    const row = this.c.statement('SELECT records, metadata FROM snapshots WHERE id = ?').get(id);
    return checkedOptional(SnapshotContentSchema, row, this.file, 'snapshots');
  }
}
