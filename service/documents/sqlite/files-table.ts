import type { Connection } from './connection';

export interface StoredFile {
  fileName: string;
  mediaType: string | null;
  size: number;
  bytes: Buffer;
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

  writeSourceWorkbook(fileName: string, bytes: Uint8Array, at: string): void {
    this.c
      .statement(
        'INSERT OR REPLACE INTO source_workbook (id, file_name, bytes, imported_at) VALUES (1, ?, ?, ?)',
      )
      .run(fileName, Buffer.from(bytes), at);
  }

  sourceWorkbookInfo(): SourceWorkbookRow | undefined {
    return this.c
      .statement(
        'SELECT file_name AS fileName, length(bytes) AS size, imported_at AS importedAt FROM source_workbook',
      )
      .get() as SourceWorkbookRow | undefined;
  }

  sourceWorkbook(): { fileName: string; bytes: Buffer } | undefined {
    return this.c.statement('SELECT file_name AS fileName, bytes FROM source_workbook').get() as
      { fileName: string; bytes: Buffer } | undefined;
  }
}
