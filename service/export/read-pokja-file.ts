import type ExcelJS from 'exceljs';
import { basename } from 'node:path';
import type { RecordField } from '../../shared/records/answer-record';
import { CLEAN_LKE_COLUMNS, columnHeaders } from '../../shared/export/lke-columns';
import type { LkeColumns } from '../../shared/export/lke-columns';
import type { PokjaFile, PokjaFileRow, RawCell } from '../../shared/merge/pokja-file-sides';
import { POKJA_BASE_SHEET, readPokjaBase } from '../../shared/merge/pokja-base';
import { POKJA_META_SHEET, readPokjaMeta } from '../../shared/export/pokja-file';
import { ProblemError } from '../../shared/problem';
import type { SheetData } from '../../shared/workbook/read/sheet-data';
import { cellAt, textAt } from '../../shared/workbook/read/sheet-data';
import { loadWorkbook } from '../workbooks/exceljs-internals';
import { exceljsToData } from '../workbooks/exceljs-to-data';
import { PACKAGE_LIMITS } from '../workbooks/package-limits';
import { readUserFileBytes } from '../files/read-user-file';

type Field = Exclude<RecordField, 'evidence'>;

/** Which column holds what, found by the header texts the pokja export writes (users may move columns). */
const HEADER_FIELDS: [
  keyof LkeColumns | 'reviewerAnswer' | 'reviewerNote',
  Field | 'id' | 'evidence' | 'link',
][] = [
  ['id', 'id'],
  ['answer', 'answer'],
  ['note', 'note'],
  ['evidence', 'evidence'],
  ['link', 'link'],
  ['reviewerAnswer', 'reviewerAnswer'],
  ['reviewerNote', 'reviewerNote'],
  ['pokja', 'pokja'],
  ['status', 'status'],
  ['targetMonth', 'targetMonth'],
];

/**
 * Reads a pokja's file written by `rbw export --pokja`: its hidden metadata and base sheets and, on the LKE
 * sheet, the code and the answer, note, evidence, reviewer and work cells of every row. ProblemError
 * naming the file when it is not such a file.
 */
export async function readPokjaFile(path: string): Promise<PokjaFile> {
  const fileName = basename(path);
  const refuse = (code: string): ProblemError => new ProblemError([{ code, where: { file: fileName } }]);
  const bytes = await readUserFileBytes(path, { maxBytes: PACKAGE_LIMITS.fileBytes });
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadWorkbook(bytes, fileName);
  } catch (error) {
    // Over a limit: said as such; any other damage: not a file the pokja export wrote.
    if (error instanceof ProblemError && error.problems[0]?.code !== 'workbook.corrupt') throw error;
    throw refuse('merge.notPokjaFile');
  }
  const data = exceljsToData(workbook);
  const metaSheet = data.sheets.find((s) => s.name === POKJA_META_SHEET);
  const meta = metaSheet
    ? readPokjaMeta(
        metaSheet.rows.map((_, r) => [
          cellAt(metaSheet, r, 0)?.value ?? null,
          cellAt(metaSheet, r, 1)?.value ?? null,
        ]),
      )
    : null;
  if (!meta) throw refuse('merge.notPokjaFile');
  const baseSheet = data.sheets.find((s) => s.name === POKJA_BASE_SHEET);
  const base = baseSheet
    ? readPokjaBase(
        baseSheet.rows.map((_, r) => [0, 1, 2].map((c) => cellAt(baseSheet, r, c)?.value ?? null)),
      )
    : null;
  for (const sheet of data.sheets) {
    if (sheet.name === POKJA_META_SHEET || sheet.name === POKJA_BASE_SHEET) continue;
    const found = findColumns(sheet);
    if (found)
      return { fileName, sheet: sheet.name, meta, base, rows: readRows(sheet, found.header, found.columns) };
  }
  throw refuse('merge.noSheet');
}

function findColumns(sheet: SheetData): { header: number; columns: Map<string, number> } | null {
  const expected = columnHeaders(CLEAN_LKE_COLUMNS, false);
  const wanted = new Map<string, string>();
  for (const [key, field] of HEADER_FIELDS) {
    const col =
      key === 'reviewerAnswer'
        ? CLEAN_LKE_COLUMNS.reviewer.answer
        : key === 'reviewerNote'
          ? CLEAN_LKE_COLUMNS.reviewer.note
          : (CLEAN_LKE_COLUMNS[key] as number | undefined);
    const text = col === undefined ? undefined : expected.get(col);
    if (text) wanted.set(text, field);
  }
  for (let row = 0; row < Math.min(sheet.rows.length, 20); row++) {
    const columns = new Map<string, number>();
    sheet.rows[row]?.forEach((_, col) => {
      const field = wanted.get(textAt(sheet, row, col));
      if (field && !columns.has(field)) columns.set(field, col);
    });
    if (columns.has('id') && columns.has('answer')) return { header: row, columns };
  }
  return null;
}

function readRows(sheet: SheetData, header: number, columns: Map<string, number>): PokjaFileRow[] {
  const rows: PokjaFileRow[] = [];
  const idCol = columns.get('id') as number;
  for (let row = header + 1; row < sheet.rows.length; row++) {
    const id = textAt(sheet, row, idCol);
    if (!id) continue;
    const fields: PokjaFileRow['fields'] = {};
    for (const [field, col] of columns) {
      if (field === 'id' || field === 'evidence' || field === 'link') continue;
      const cell = cellAt(sheet, row, col);
      // A computed cell (a `%` row's answer) is not something the pokja typed.
      if (cell?.formula) continue;
      fields[field as Field] = rawOf(cell?.value ?? null, field as Field);
    }
    const evidenceCol = columns.get('evidence');
    const linkCol = columns.get('link');
    const linkCell = linkCol === undefined ? undefined : cellAt(sheet, row, linkCol);
    const linkText = linkCol === undefined ? '' : textAt(sheet, row, linkCol);
    rows.push({
      row,
      id,
      fields,
      evidence: {
        text: evidenceCol === undefined ? '' : textAt(sheet, row, evidenceCol),
        links: [...(linkCell?.link ? [linkCell.link] : []), ...linkText.split(/\s+/)].filter(
          (link, i, all) => /^https?:\/\//i.test(link) && all.indexOf(link) === i,
        ),
      },
    });
  }
  return rows;
}

/** A date typed into the target-month cell is read as its month. */
function rawOf(value: RawCell, field: Field): RawCell {
  if (field !== 'targetMonth' || typeof value !== 'number' || value < 20000) return value;
  const date = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}
