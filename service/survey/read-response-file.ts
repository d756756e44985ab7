import { basename, extname } from 'node:path';
import type { Problem } from '../../shared/problem';
import { ProblemError } from '../../shared/problem';
import type { ImportSettings, ReadResponses, ResponseTable } from '../../shared/survey/read-responses';
import { MAX_RESPONDENTS, readResponses } from '../../shared/survey/read-responses';
import { readWorkbookBytes } from '../workbooks/read-workbook';
import { PACKAGE_LIMITS } from '../workbooks/package-limits';
import { readUserFileBytes } from '../files/read-user-file';
import { parseCsv } from './parse-csv';

/**
 * Reads a file of survey responses (.xlsx, .ods, .xls through LibreOffice as every workbook is, with
 * the same package limits; .csv as text) and matches it to the survey's items. The first sheet whose
 * header names items of the survey is read. ProblemError with one problem per line otherwise; nothing
 * is stored here.
 */
export async function readResponseFile(path: string, settings: ImportSettings): Promise<ReadResponses> {
  const bytes = await readUserFileBytes(path, { maxBytes: PACKAGE_LIMITS.fileBytes });
  return readResponseBytes(bytes, basename(path), settings);
}

/** The same, for a file's bytes (uploaded from the browser), named by its file name. */
export async function readResponseBytes(
  bytes: Buffer,
  file: string,
  settings: ImportSettings,
): Promise<ReadResponses> {
  const tables = isCsv(file, bytes) ? [csvTable(bytes, file)] : await workbookTables(bytes, file);
  let refused: Problem[] | null = null;
  for (const table of tables) {
    const result = readResponses(table, settings);
    if (result.ok) return result.value;
    const noColumns = result.problems.length === 1 && result.problems[0]?.code === 'survey.noItemColumns';
    if (!noColumns || refused === null) refused = result.problems;
    if (!noColumns) break;
  }
  throw new ProblemError(
    refused ?? [
      { code: 'survey.noItemColumns', params: { kind: settings.kind.toUpperCase() }, where: { file } },
    ],
  );
}

function isCsv(path: string, bytes: Buffer): boolean {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv' || extension === '.txt' || extension === '.tsv') return true;
  return bytes.length > 0 && bytes[0] !== 0x50 && bytes[0] !== 0xd0 && !bytes.subarray(0, 512).includes(0);
}

function csvTable(bytes: Buffer, file: string): ResponseTable {
  let lines = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) lines += 1;
  if (bytes.length && bytes[bytes.length - 1] !== 0x0a) lines += 1;
  if (lines - 1 > MAX_RESPONDENTS) {
    throw new ProblemError([
      { code: 'survey.tooManyRows', params: { rows: lines - 1, max: MAX_RESPONDENTS }, where: { file } },
    ]);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return { file, sheet: null, rows: parseCsv(text, MAX_RESPONDENTS + 12) };
}

async function workbookTables(bytes: Buffer, file: string): Promise<ResponseTable[]> {
  const workbook = await readWorkbookBytes(bytes, file);
  return workbook.data.sheets
    .filter((sheet) => !sheet.hidden)
    .map((sheet) => ({
      file,
      sheet: sheet.name,
      rows: sheet.rows.map((row) =>
        (row ?? []).map(
          (cell) => cell && { value: cell.value, ...(cell.formula ? { formula: cell.formula } : {}) },
        ),
      ),
    }));
}
