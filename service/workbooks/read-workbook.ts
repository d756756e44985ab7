import { readUserFileBytes } from '../files/read-user-file';
import { basename, extname } from 'node:path';
import type { Problem } from '../../shared/problem';
import { ProblemError } from '../../shared/problem';
import type { WorkbookData } from '../../shared/workbook/read/sheet-data';
import { loadWorkbook } from './exceljs-internals';
import { exceljsToData } from './exceljs-to-data';
import { fileKind } from './file-kind';
import { isEncryptedOds, isEncryptedXls } from './legacy-encryption';
import { convertBytesToXlsx, findSoffice } from './libreoffice';
import { MEGABYTE, PACKAGE_LIMITS } from './package-limits';
import { checkFormulaRanges } from './formula-ranges';
import { firstLine } from './zip-package';

export interface ReadWorkbook {
  /** The file's name, for messages. */
  file: string;
  /** The .xlsx bytes the workbook was read from (converted by LibreOffice for .xls and .ods). */
  xlsx: Buffer;
  data: WorkbookData;
  convertedFrom?: string;
}

/** Reads a workbook file; a missing, damaged, foreign, oversized or password-protected file is a ProblemError. */
export async function readWorkbookFile(path: string): Promise<ReadWorkbook> {
  const bytes = await readUserFileBytes(path, { maxBytes: PACKAGE_LIMITS.fileBytes });
  return readWorkbookBytes(bytes, basename(path));
}

/**
 * Reads workbook bytes of any kind users have: .xlsx directly, .xls/.ods/HTML-saved workbooks through
 * LibreOffice when it is installed. Every package is checked against PACKAGE_LIMITS before anything is
 * built; password protection is found before LibreOffice is asked. Nothing is written anywhere but a
 * temporary folder.
 */
export async function readWorkbookBytes(bytes: Uint8Array, file: string): Promise<ReadWorkbook> {
  const problem = (code: string, params: Problem['params'] = {}): ProblemError =>
    new ProblemError([{ code, params, where: { file } }]);
  if (bytes.length > PACKAGE_LIMITS.fileBytes) {
    throw new ProblemError([tooLarge(bytes.length, file)]);
  }
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
      if (kind === 'legacy-xls' && isEncryptedXls(bytes)) throw problem('workbook.encrypted');
      if (kind === 'ods' && (await isEncryptedOds(Buffer.from(bytes), file))) {
        throw problem('workbook.encrypted');
      }
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

/** The problem of a file over PACKAGE_LIMITS.fileBytes. */
export function tooLarge(size: number, file: string): Problem {
  return {
    code: 'file.tooLarge',
    params: { size: Math.ceil(size / MEGABYTE), max: PACKAGE_LIMITS.fileBytes / MEGABYTE },
    where: { file },
  };
}

async function loadXlsx(bytes: Uint8Array, file: string): Promise<WorkbookData> {
  const data = exceljsToData(await loadWorkbook(bytes, file));
  if (!data.sheets.some((s) => s.rows.some((r) => r?.some((c) => c && (c.value !== null || c.formula))))) {
    throw new ProblemError([{ code: 'workbook.empty', where: { file } }]);
  }
  checkFormulaRanges(data, file);
  return data;
}

function extensionFor(kind: string, file: string): string {
  const own = extname(file).toLowerCase();
  if (kind === 'ods') return '.ods';
  if (kind === 'legacy-xls') return '.xls';
  return own || '.xls';
}
