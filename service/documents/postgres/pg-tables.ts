import type { AnswerRecord } from '../../../shared/records/answer-record';
import type { CarriedRecord } from '../../../shared/yearly/carry-records';
import type { LastYear } from '../../../shared/yearly/last-year';
import type { Recommendation } from '../../../shared/yearly/recommendation';
import { parseJson } from '../checked-json';
import { checkedRecordRow } from '../storage/record-rows';
import type {
  FileReads,
  FileWrites,
  MetaReads,
  MetaWrites,
  RecordReads,
  RecordRow,
  RecordWrites,
  SnapshotContent,
  SnapshotReads,
  SnapshotRow,
  SnapshotWrites,
  SourceWorkbook,
  SourceWorkbookRow,
  StoredFile,
  YearlyReads,
  YearlyWrites,
} from '../storage/document-store';
import {
  CarriedRowSchema,
  checkedOptional,
  checkedRows,
  IdRowSchema,
  JsonRowSchema,
  KeyValueRowSchema,
  RecommendationRowSchema,
  SnapshotContentSchema,
  SnapshotRowSchema,
  SourceWorkbookRowSchema,
  StoredFileSchema,
  StoredWorkbookRowSchema,
  ValueRowSchema,
} from '../storage/rows';
import { carriedOf, lastYearOf, RECOMMENDATION_COLUMNS, recommendationOf } from '../storage/yearly-rows';
import type { SyncClient } from './sync-client';

/** What every table of one document needs: the connection, the document's id, its name for messages. */
export interface DocumentKey {
  readonly client: SyncClient;
  readonly id: string;
  readonly file: string;
}

/** An answer as JSON (keeping its type), SQL NULL when empty. */
const jsonValue = (value: string | number | null): string | null =>
  value === null ? null : JSON.stringify(value);

export class PgMeta implements MetaReads, MetaWrites {
  constructor(private readonly k: DocumentKey) {}

  templateJson(): string | undefined {
    const [row] = this.k.client.query('SELECT json FROM document_templates WHERE document_id = $1', [
      this.k.id,
    ]);
    return checkedOptional(JsonRowSchema, row, this.k.file, 'template')?.json;
  }

  writeTemplateJson(json: string): void {
    this.k.client.query(
      `INSERT INTO document_templates (document_id, json) VALUES ($1, $2)
       ON CONFLICT (document_id) DO UPDATE SET json = excluded.json`,
      [this.k.id, json],
    );
  }

  get(key: string): string | undefined {
    const [row] = this.k.client.query('SELECT value FROM document_meta WHERE document_id = $1 AND key = $2', [
      this.k.id,
      key,
    ]);
    return checkedOptional(ValueRowSchema, row, this.k.file, 'meta')?.value;
  }

  entries(): [string, string][] {
    const rows = this.k.client.query(
      'SELECT key, value FROM document_meta WHERE document_id = $1 ORDER BY key',
      [this.k.id],
    );
    return checkedRows(KeyValueRowSchema, rows, this.k.file, 'meta').map((row) => [row.key, row.value]);
  }

  set(key: string, value: string): void {
    this.k.client.query(
      `INSERT INTO document_meta (document_id, key, value) VALUES ($1, $2, $3)
       ON CONFLICT (document_id, key) DO UPDATE SET value = excluded.value`,
      [this.k.id, key, value],
    );
  }
}

export class PgRecords implements RecordReads, RecordWrites {
  constructor(private readonly k: DocumentKey) {}

  rows(): RecordRow[] {
    return this.k.client
      .query(
        `SELECT item_id, answer, note, evidence, reviewer_answer, reviewer_note, pokja, status, target_month
         FROM records WHERE document_id = $1 ORDER BY item_id COLLATE "C"`,
        [this.k.id],
      )
      .map((row) => checkedRecordRow(row, this.k.file));
  }

  write(itemId: string, r: AnswerRecord): void {
    this.k.client.query(
      `INSERT INTO records (document_id, item_id, answer, note, evidence, reviewer_answer, reviewer_note, pokja,
         status, target_month) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (document_id, item_id) DO UPDATE SET answer = excluded.answer, note = excluded.note,
         evidence = excluded.evidence, reviewer_answer = excluded.reviewer_answer,
         reviewer_note = excluded.reviewer_note, pokja = excluded.pokja, status = excluded.status,
         target_month = excluded.target_month`,
      [
        this.k.id,
        itemId,
        jsonValue(r.answer),
        r.note,
        JSON.stringify(r.evidence),
        jsonValue(r.reviewerAnswer),
        r.reviewerNote,
        r.pokja,
        r.status,
        r.targetMonth,
      ],
    );
  }
}

export class PgSnapshots implements SnapshotReads, SnapshotWrites {
  constructor(private readonly k: DocumentKey) {}

  add(row: Omit<SnapshotRow, 'id'>, content: SnapshotContent): number {
    const [added] = this.k.client.query(
      `INSERT INTO snapshots (document_id, id, name, at, author, records, metadata, total, reviewer_total)
       SELECT $1, coalesce(max(id), 0) + 1, $2, $3, $4, $5, $6, $7, $8 FROM snapshots WHERE document_id = $1
       RETURNING id`,
      [
        this.k.id,
        row.name,
        row.at,
        row.author,
        content.records,
        content.metadata,
        row.total,
        row.reviewer_total,
      ],
    );
    return Number(added?.id);
  }

  list(): SnapshotRow[] {
    const rows = this.k.client.query(
      'SELECT id, name, at, author, total, reviewer_total FROM snapshots WHERE document_id = $1 ORDER BY id',
      [this.k.id],
    );
    return checkedRows(SnapshotRowSchema, rows, this.k.file, 'snapshots');
  }

  get(id: number): SnapshotRow | undefined {
    const [row] = this.k.client.query(
      'SELECT id, name, at, author, total, reviewer_total FROM snapshots WHERE document_id = $1 AND id = $2',
      [this.k.id, id],
    );
    return checkedOptional(SnapshotRowSchema, row, this.k.file, 'snapshots');
  }

  content(id: number): SnapshotContent | undefined {
    const [row] = this.k.client.query(
      'SELECT records, metadata FROM snapshots WHERE document_id = $1 AND id = $2',
      [this.k.id, id],
    );
    return checkedOptional(SnapshotContentSchema, row, this.k.file, 'snapshots');
  }
}

export class PgFiles implements FileReads, FileWrites {
  constructor(private readonly k: DocumentKey) {}

  addAttachment(id: string, file: Omit<StoredFile, 'size'>, at: string): void {
    this.k.client.query(
      `INSERT INTO attachments (document_id, id, file_name, media_type, size, bytes, added_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [this.k.id, id, file.fileName, file.mediaType, file.bytes.length, file.bytes, at],
    );
  }

  hasAttachment(id: string): boolean {
    return (
      this.k.client.query('SELECT 1 FROM attachments WHERE document_id = $1 AND id = $2', [this.k.id, id])
        .length > 0
    );
  }

  attachmentIds(): string[] {
    const rows = this.k.client.query('SELECT id FROM attachments WHERE document_id = $1 ORDER BY id', [
      this.k.id,
    ]);
    return checkedRows(IdRowSchema, rows, this.k.file, 'attachments').map((row) => row.id);
  }

  attachment(id: string): StoredFile | undefined {
    const [row] = this.k.client.query(
      `SELECT file_name AS "fileName", media_type AS "mediaType", size, bytes FROM attachments
       WHERE document_id = $1 AND id = $2`,
      [this.k.id, id],
    );
    return checkedOptional(StoredFileSchema, row, this.k.file, 'attachments');
  }

  writeSourceWorkbook(workbook: SourceWorkbook, at: string): void {
    const layout = workbook.layout === undefined ? null : JSON.stringify(workbook.layout);
    this.k.client.query(
      `INSERT INTO source_workbooks (document_id, file_name, bytes, imported_at, layout) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (document_id) DO UPDATE SET file_name = excluded.file_name, bytes = excluded.bytes,
         imported_at = excluded.imported_at, layout = excluded.layout`,
      [this.k.id, workbook.fileName, Buffer.from(workbook.bytes), at, layout],
    );
  }

  sourceWorkbookInfo(): SourceWorkbookRow | undefined {
    const [row] = this.k.client.query(
      `SELECT file_name AS "fileName", octet_length(bytes) AS size, imported_at AS "importedAt"
       FROM source_workbooks WHERE document_id = $1`,
      [this.k.id],
    );
    return checkedOptional(SourceWorkbookRowSchema, row, this.k.file, 'source_workbook');
  }

  sourceWorkbook(): (SourceWorkbook & { importedAt: string }) | undefined {
    const [row] = this.k.client.query(
      'SELECT file_name, bytes, layout, imported_at FROM source_workbooks WHERE document_id = $1',
      [this.k.id],
    );
    const checked = checkedOptional(StoredWorkbookRowSchema, row, this.k.file, 'source_workbook');
    if (!checked) return undefined;
    const layout = parseJson(checked.layout);
    return { fileName: checked.file_name, bytes: checked.bytes, layout, importedAt: checked.imported_at };
  }
}

export class PgYearly implements YearlyReads, YearlyWrites {
  constructor(private readonly k: DocumentKey) {}

  lastYear(): LastYear | null {
    const [row] = this.k.client.query('SELECT json FROM last_years WHERE document_id = $1', [this.k.id]);
    return lastYearOf(checkedOptional(JsonRowSchema, row, this.k.file, 'last_year')?.json, this.k.file);
  }

  writeLastYear(lastYear: LastYear): void {
    this.k.client.query(
      `INSERT INTO last_years (document_id, source_file, read_at, json) VALUES ($1, $2, $3, $4)
       ON CONFLICT (document_id) DO UPDATE SET source_file = excluded.source_file, read_at = excluded.read_at,
         json = excluded.json`,
      [this.k.id, lastYear.source.file, lastYear.source.readAt, JSON.stringify(lastYear)],
    );
  }

  carried(): Map<string, { record: CarriedRecord; confirmed: boolean }> {
    const rows = this.k.client.query(
      'SELECT item_id, record, confirmed_at FROM carried_items WHERE document_id = $1',
      [this.k.id],
    );
    return carriedOf(checkedRows(CarriedRowSchema, rows, this.k.file, 'carried_items'), this.k.file);
  }

  writeCarried(itemId: string, record: CarriedRecord): void {
    this.k.client.query(
      `INSERT INTO carried_items (document_id, item_id, record) VALUES ($1, $2, $3)
       ON CONFLICT (document_id, item_id) DO UPDATE SET record = excluded.record, confirmed_at = NULL,
         confirmed_by = NULL`,
      [this.k.id, itemId, JSON.stringify(record)],
    );
  }

  confirm(itemIds: readonly string[], at: string, author: string): number {
    const rows = this.k.client.query(
      `UPDATE carried_items SET confirmed_at = $2, confirmed_by = $3
       WHERE document_id = $1 AND item_id = ANY($4::text[]) AND confirmed_at IS NULL RETURNING item_id`,
      [this.k.id, at, author, [...new Set(itemIds)]],
    );
    return rows.length;
  }

  recommendations(): Recommendation[] {
    const rows = this.k.client.query(
      `SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations WHERE document_id = $1 ORDER BY id`,
      [this.k.id],
    );
    return checkedRows(RecommendationRowSchema, rows, this.k.file, 'recommendations').map((row) =>
      recommendationOf(row, this.k.file),
    );
  }

  recommendation(id: number): Recommendation | undefined {
    const [row] = this.k.client.query(
      `SELECT ${RECOMMENDATION_COLUMNS} FROM recommendations WHERE document_id = $1 AND id = $2`,
      [this.k.id, id],
    );
    const checked = checkedOptional(RecommendationRowSchema, row, this.k.file, 'recommendations');
    return checked && recommendationOf(checked, this.k.file);
  }

  addRecommendation(r: Omit<Recommendation, 'id'>): number {
    const [row] = this.k.client.query(
      `INSERT INTO recommendations (document_id, id, target_id, text, source, proposed, pokja, due_month, status,
         evidence, created_at, created_by, updated_at)
       SELECT $1, coalesce(max(id), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12
       FROM recommendations WHERE document_id = $1 RETURNING id`,
      [
        this.k.id,
        r.targetId,
        r.text,
        r.source,
        r.proposed,
        r.pokja,
        r.dueMonth,
        r.status,
        r.evidence,
        r.createdAt,
        r.createdBy,
        r.updatedAt,
      ],
    );
    return Number(row?.id);
  }

  updateRecommendation(r: Recommendation): void {
    this.k.client.query(
      `UPDATE recommendations SET target_id = $3, text = $4, proposed = $5, pokja = $6, due_month = $7,
         status = $8, evidence = $9, updated_at = $10 WHERE document_id = $1 AND id = $2`,
      [
        this.k.id,
        r.id,
        r.targetId,
        r.text,
        r.proposed,
        r.pokja,
        r.dueMonth,
        r.status,
        r.evidence,
        r.updatedAt,
      ],
    );
  }
}
