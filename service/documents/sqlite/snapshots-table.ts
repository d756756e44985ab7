import type { Connection } from './connection';

export interface SnapshotRow {
  id: number;
  name: string;
  at: string;
  author: string;
  total: number;
  reviewer_total: number;
}

export interface SnapshotContent {
  /** JSON: [itemId, record][] */
  records: string;
  /** JSON: DocumentMetadata */
  metadata: string;
}

/** Named, dated copies of every record. */
export class SnapshotsTable {
  constructor(private readonly c: Connection) {}

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
    return this.c
      .statement('SELECT id, name, at, author, total, reviewer_total FROM snapshots ORDER BY id')
      .all() as SnapshotRow[];
  }

  get(id: number): SnapshotRow | undefined {
    return this.c
      .statement('SELECT id, name, at, author, total, reviewer_total FROM snapshots WHERE id = ?')
      .get(id) as SnapshotRow | undefined;
  }

  content(id: number): SnapshotContent | undefined {
    return this.c.statement('SELECT records, metadata FROM snapshots WHERE id = ?').get(id) as
      SnapshotContent | undefined;
  }
}
