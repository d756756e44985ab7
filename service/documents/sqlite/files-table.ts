import { parseJson } from '../checked-json';
import type {
  FileReads,
  FileWrites,
  SourceWorkbook,
  SourceWorkbookRow,
  StoredFile,
} from '../storage/document-store';
import {
  checkedOptional,
  checkedRows,
  IdRowSchema,
  SourceWorkbookRowSchema,
  StoredFileSchema,
  StoredWorkbookRowSchema,
} from '../storage/rows';
import type { Connection } from './connection';

export type { SourceWorkbook, SourceWorkbookRow, StoredFile };

/** Files kept inside the document: evidence attachments and the workbook it was imported from. */
export class FilesTable implements FileReads, FileWrites {
  constructor(
    private readonly c: Connection,
    private readonly file: string,
  ) {}

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

  attachmentIds(): string[] {
    const rows = this.c.statement('SELECT id FROM attachments ORDER BY id').all();
    return checkedRows(IdRowSchema, rows, this.file, 'attachments').map((row) => row.id);
  }

  attachment(id: string): StoredFile | undefined {
    const row = this.c
      .statement(
        'SELECT file_name AS fileName, media_type AS mediaType, size, bytes FROM attachments WHERE id = ?',
      )
      .get(id);
    return checkedOptional(StoredFileSchema, row, this.file, 'attachments');
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
    const row = this.c
      .statement(
        'SELECT file_name AS fileName, length(bytes) AS size, imported_at AS importedAt FROM source_workbook',
      )
      .get();
    return checkedOptional(SourceWorkbookRowSchema, row, this.file, 'source_workbook');
  }

  sourceWorkbook(): (SourceWorkbook & { importedAt: string }) | undefined {
    const row = this.c.statement('SELECT file_name, bytes, layout, imported_at FROM source_workbook').get();
    const checked = checkedOptional(StoredWorkbookRowSchema, row, this.file, 'source_workbook');
    if (!checked) return undefined;
    const layout = parseJson(checked.layout);
    return { fileName: checked.file_name, bytes: checked.bytes, layout, importedAt: checked.imported_at };
  }
}
