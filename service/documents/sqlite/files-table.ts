import { parseJson } from '../checked-json';
import type { Connection } from './connection';

export interface StoredFile {
  fileName: string;
  mediaType: string | null;
  size: number;
  bytes: Buffer;
}

/** An official workbook a document was imported from: its name, its bytes and where the LKE sits in it. */
export interface SourceWorkbook {
  fileName: string;
  bytes: Uint8Array;
  /** JSON (the importer's WorkbookLayout); undefined when not known. */
  layout?: unknown;
}

export interface SourceWorkbookRow {
  fileName: string;
  size: number;
  importedAt: string;
}

/** Files kept inside the document: evidence attachments and the workbook it was imported from. */
export class FilesTable {
  constructor(private readonly c: Connection) {}

  /** Stores an attachment under its hash; the same bytes stored twice are kept once. */
  addAttachment(id: string, file: Omit<StoredFile, 'size'>, at: string): void {
    this.c
      .statement(
        `INSERT OR IGNORE INTO attachments (id, file_name, media_type, size, bytes, added_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(id, file.fileName, file.mediaType, file.bytes.length, file.bytes, at);
  }

  hasAttachment(id: string): boolean {
    return this.c.statement('SELECT 1 FROM attachments WHERE id = ?').get(id) !== undefined;
  }

  attachment(id: string): StoredFile | undefined {
    return this.c
      .statement(
        'SELECT file_name AS fileName, media_type AS mediaType, size, bytes FROM attachments WHERE id = ?',
      )
      .get(id) as StoredFile | undefined;
  }

  writeSourceWorkbook(workbook: SourceWorkbook, at: string): void {
    const layout = workbook.layout === undefined ? null : JSON.stringify(workbook.layout);
    this.c
      .statement(
        `INSERT OR REPLACE INTO source_workbook (id, file_name, bytes, imported_at, layout)
         VALUES (1, ?, ?, ?, ?)`,
      )
      .run(workbook.fileName, Buffer.from(workbook.bytes), at, layout);
  }

  sourceWorkbookInfo(): SourceWorkbookRow | undefined {
    return this.c
      .statement(
        'SELECT file_name AS fileName, length(bytes) AS size, imported_at AS importedAt FROM source_workbook',
      )
      .get() as SourceWorkbookRow | undefined;
  }

  /**
   * The stored workbook; its layout is returned as stored JSON, for its owner to check (undefined when
   * it is not JSON: the importer then finds the layout again in the workbook).
   */
  sourceWorkbook(): (SourceWorkbook & { importedAt: string }) | undefined {
    const row = this.c
      .statement('SELECT file_name, bytes, layout, imported_at FROM source_workbook')
      .get() as { file_name: string; bytes: Buffer; layout: string | null; imported_at: string } | undefined;
    if (!row) return undefined;
    const layout = parseJson(row.layout);
    return { fileName: row.file_name, bytes: row.bytes, layout, importedAt: row.imported_at };
  }
}
