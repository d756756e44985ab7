import type { Problem } from '../problem';
import { fail, ok } from '../problem';
import type { Result } from '../problem';
import { columnLetters } from '../workbook/read/cell-address';
import type { CellValue } from '../workbook/read/sheet-data';
import { headerHas, itemsOf, RESPONDENT_FIELDS } from './items';
import type { RespondentField, SurveyKind } from './items';
import { readAnswer } from './labels';
import type { Respondent, SurveySettings } from './survey';

/** The cells of one sheet or CSV file, 0-based rows and columns, as the service read them. */
export interface ResponseTable {
  file: string;
  sheet: string | null;
  rows: ({ value: CellValue; formula?: string } | undefined)[][];
}

/** What a column was taken for: an item of the survey, a respondent field, or nothing (left aside). */
export interface ColumnMatch {
  column: string;
  header: string;
  item: string | null;
  field: RespondentField | null;
}

export interface ReadResponses {
  settings: SurveySettings;
  respondents: Respondent[];
  columns: ColumnMatch[];
  /** Rows left out for a value off the scale: the row, column and what it held. */
  leftOut: { row: number; column: string; header: string; value: string }[];
  /** Rows with no answer at all (left out). */
  emptyRows: number[];
  /** Items of the kind no column was found for (IPAK/IPKP questionnaires differ; SKM needs all nine). */
  missingItems: string[];
}

/** More respondents than any unit's survey has: a file this size is someone else's data. */
export const MAX_RESPONDENTS = 50_000;
const HEADER_ROWS_SEARCHED = 10;
const LABELS_NAMED = 3;

export type ImportSettings = Omit<SurveySettings, 'items'>;

/** Matches the header to the survey's items and reads every respondent's row (see the README's rules). */
export function readResponses(table: ResponseTable, request: ImportSettings): Result<ReadResponses> {
  const where = { file: table.file, ...(table.sheet === null ? {} : { sheet: table.sheet }) };
  const found = findHeader(table, request.kind);
  if (!found)
    return fail({ code: 'survey.noItemColumns', params: { kind: request.kind.toUpperCase() }, where });
  const { headerRow, columns } = found;
  const problems: Problem[] = [];
  const items = itemsOf(request.kind);
  const byItem = new Map<string, ColumnMatch[]>();
  for (const c of columns) if (c.item) byItem.set(c.item, [...(byItem.get(c.item) ?? []), c]);
  for (const [key, matched] of byItem) {
    if (matched.length > 1) {
      problems.push({
        code: 'survey.twoColumnsOneItem',
        params: {
          item: items.find((i) => i.key === key)?.name ?? key,
          columns: matched.map((c) => c.column).join(', '),
        },
        where,
      });
    }
  }
  const missing = items.filter((i) => !byItem.has(i.key)).map((i) => i.name);
  if (request.kind === 'skm' && missing.length) {
    problems.push({ code: 'survey.missingElements', params: { elements: missing.join('; ') }, where });
  }
  const dataRows = table.rows.length - headerRow - 1;
  if (dataRows > MAX_RESPONDENTS) {
    return fail(...problems, {
      code: 'survey.tooManyRows',
      params: { rows: dataRows, max: MAX_RESPONDENTS },
      where,
    });
  }
  const itemColumns = columns.filter((c) => c.item !== null);
  const index = (c: ColumnMatch): number => columns.indexOf(c);
  const formulas = itemColumns.filter((c) =>
    table.rows.slice(headerRow + 1).some((r) => r?.[index(c)]?.formula !== undefined),
  );
  for (const c of formulas)
    problems.push({ code: 'survey.formulaColumn', params: { column: c.column, header: c.header }, where });

  const unknown = new Map<ColumnMatch, Map<string, number[]>>();
  const respondents: Respondent[] = [];
  const leftOut: ReadResponses['leftOut'] = [];
  const emptyRows: number[] = [];
  for (let r = headerRow + 1; r < table.rows.length; r++) {
    const cells = table.rows[r] ?? [];
    const rowNumber = r + 1;
    const answers: Record<string, number | null> = {};
    let given = 0;
    let off: ReadResponses['leftOut'][number] | null = null;
    for (const c of itemColumns) {
      const raw = cells[index(c)]?.value ?? null;
      const read = readAnswer(raw, request.scale);
      if (read.ok) {
        answers[c.item as string] = read.value;
        if (read.value !== null) given += 1;
        continue;
      }
      given += 1;
      if (read.reason === 'offScale') {
        off ??= { row: rowNumber, column: c.column, header: c.header, value: String(raw) };
      } else {
        const labels = unknown.get(c) ?? new Map<string, number[]>();
        const label = String(raw).trim();
        labels.set(label, [...(labels.get(label) ?? []), rowNumber]);
        unknown.set(c, labels);
      }
    }
    if (given === 0) {
      if (cells.some((cell) => cell && cell.value !== null && String(cell.value).trim() !== ''))
        emptyRows.push(rowNumber);
      continue;
    }
    if (off) {
      leftOut.push(off);
      continue;
    }
    respondents.push({
      row: rowNumber,
      serviceType: fieldText(cells, columns, 'serviceType'),
      date: dateOf(cells, columns),
      answers,
    });
  }
  for (const [c, labels] of unknown) {
    const named = [...labels.entries()].slice(0, LABELS_NAMED);
    problems.push({
      code: 'survey.unknownLabels',
      params: {
        column: c.column,
        header: c.header,
        scale: request.scale,
        labels: named.map(([label, rows]) => `"${label}" (${rowList(rows)})`).join(', '),
        more: Math.max(0, labels.size - named.length),
      },
      where,
    });
  }
  if (problems.length) return fail(...problems);
  if (!respondents.length) return fail({ code: 'survey.noRespondents', where });
  const settings: SurveySettings = {
    ...request,
    items: items
      .filter((i) => byItem.has(i.key))
      .map((i) => ({ key: i.key, name: i.name, header: byItem.get(i.key)?.[0]?.header ?? i.name })),
  };
  return ok({ settings, respondents, columns, leftOut, emptyRows, missingItems: missing });
}

function rowList(rows: number[]): string {
  const shown = rows.slice(0, 3).join(', ');
  return rows.length > 3 ? `baris ${shown}, … ${rows.length}×` : `baris ${shown}`;
}

/** The header row: of the first rows, the one whose cells name the most items of the kind. */
function findHeader(
  table: ResponseTable,
  kind: SurveyKind,
): { headerRow: number; columns: ColumnMatch[] } | null {
  let best: { headerRow: number; columns: ColumnMatch[]; items: number } | null = null;
  for (let r = 0; r < Math.min(HEADER_ROWS_SEARCHED, table.rows.length); r++) {
    const columns = matchColumns(
      (table.rows[r] ?? []).map((c) => (c?.value === null || c?.value === undefined ? '' : String(c.value))),
      kind,
    );
    const items = columns.filter((c) => c.item !== null).length;
    if (items > 0 && (!best || items > best.items)) best = { headerRow: r, columns, items };
  }
  return best;
}

/** Each header's item or respondent field: a timestamp first (its words say "waktu"), then items, then fields. */
export function matchColumns(headers: readonly string[], kind: SurveyKind): ColumnMatch[] {
  const items = itemsOf(kind);
  const fieldOf = (header: string, fields: readonly RespondentField[]): RespondentField | null =>
    RESPONDENT_FIELDS.find((f) => fields.includes(f.field) && headerHas(header, f.words))?.field ?? null;
  return headers.map((header, i) => {
    const column = columnLetters(i);
    const timestamp = fieldOf(header, ['timestamp']);
    if (header.trim() === '' || timestamp) return { column, header, item: null, field: timestamp };
    const item = items.find((it) => headerHas(header, it.words))?.key ?? null;
    return { column, header, item, field: item ? null : fieldOf(header, ['serviceType', 'date']) };
  });
}

type Cells = ResponseTable['rows'][number];

function fieldText(cells: Cells, columns: ColumnMatch[], field: RespondentField): string | null {
  const i = columns.findIndex((c) => c.field === field);
  const value = i < 0 ? null : cells[i]?.value;
  const text = value === null || value === undefined ? '' : String(value).trim();
  return text === '' ? null : text.slice(0, 200);
}

function dateOf(cells: Cells, columns: ColumnMatch[]): string | null {
  for (const field of ['date', 'timestamp'] as const) {
    const i = columns.findIndex((c) => c.field === field);
    const date = i < 0 ? null : parseDate(cells[i]?.value ?? null);
    if (date) return date;
  }
  return null;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A day from an Excel serial, an ISO date or an Indonesian d/m/yyyy (Google Forms' timestamp in Indonesia). */
export function parseDate(value: CellValue): string | null {
  if (typeof value === 'number' && value > 1 && value < 2_958_466) {
    return new Date(EXCEL_EPOCH + Math.floor(value) * 86_400_000).toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(value.trim());
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return date.toISOString().slice(0, 10);
}
