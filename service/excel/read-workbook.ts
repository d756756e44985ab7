import ExcelJS from 'exceljs';
import { readUserFileBytes } from '../files/read-user-file';
import { basename, extname } from 'node:path';
import type { Problem } from '../../shared/problem';
import { ProblemError } from '../../shared/problem';
import type { WorkbookData } from '../../shared/workbook/sheet-data';
import { exceljsToData } from './exceljs-to-data';
import { fileKind } from './file-kind';
import { convertBytesToXlsx, findSoffice } from './libreoffice';

export interface ReadWorkbook {
  /** The file's name, for messages. */
  file: string;
  /** The .xlsx bytes the workbook was read from (converted by LibreOffice for .xls and .ods). */
  xlsx: Buffer;
  data: WorkbookData;
  convertedFrom?: string;
}

/** Reads a workbook file; a missing, damaged, foreign or password-protected file is a ProblemError. */
export async function readWorkbookFile(path: string): Promise<ReadWorkbook> {
  const bytes = await readUserFileBytes(path);
  return readWorkbookBytes(bytes, basename(path));
}

/**
 * Reads workbook bytes of any kind users have: .xlsx directly, .xls/.ods/HTML-saved workbooks through
 * LibreOffice when it is installed. Nothing is written anywhere but a temporary folder.
 */
export async function readWorkbookBytes(bytes: Uint8Array, file: string): Promise<ReadWorkbook> {
  const problem = (code: string, params: Problem['params'] = {}): ProblemError =>
    new ProblemError([{ code, params, where: { file } }]);
  const kind = fileKind(bytes);
  switch (kind) {
    case 'empty':
      throw problem('workbook.emptyFile');
    case 'pdf':
      throw problem('workbook.notSpreadsheet', { kind: 'PDF' });
    case 'word':
      throw problem('workbook.notSpreadsheet', { kind: 'Word' });
    case 'encrypted':
      throw problem('workbook.encrypted');
    case 'unknown':
    case 'other-zip':
      throw problem('workbook.corrupt');
    case 'xlsx':
      return { file, xlsx: Buffer.from(bytes), data: await loadXlsx(bytes, file) };
    default: {
      const soffice = findSoffice();
      if (!soffice) throw problem('workbook.needsLibreOffice', { extension: extname(file) || kind });
      let xlsx: Buffer;
      try {
        xlsx = await convertBytesToXlsx(soffice, bytes, extensionFor(kind, file));
      } catch (error) {
        throw problem('workbook.conversionFailed', { message: firstLine(error) });
      }
      return { file, xlsx, data: await loadXlsx(xlsx, file), convertedFrom: kind };
    }
  }
}

async function loadXlsx(bytes: Uint8Array, file: string): Promise<WorkbookData> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new ProblemError([
      { code: 'workbook.corrupt', params: { message: firstLine(error) }, where: { file } },
    ]);
  }
  const data = exceljsToData(workbook);
  if (!data.sheets.some((s) => s.rows.some((r) => r?.some((c) => c && (c.value !== null || c.formula))))) {
    throw new ProblemError([{ code: 'workbook.empty', where: { file } }]);
  }
  return data;
}

function extensionFor(kind: string, file: string): string {
  const own = extname(file).toLowerCase();
  if (kind === 'ods') return '.ods';
  if (kind === 'legacy-xls') return '.xls';
  return own || '.xls';
}

function firstLine(error: unknown): string {
  return (
    String((error as Error)?.message ?? error)
      .split('\n')[0]
      ?.slice(0, 200) ?? ''
  );
}
