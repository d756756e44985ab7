import type { AnswerRecord, RecordField } from '../records/answer-record';
import { AnswerRecordSchema, EMPTY_RECORD, RECORD_FIELDS } from '../records/answer-record';
import { recordOf } from '../records/apply-changes';
import type { FieldValue } from '../records/record-change';
import type { SheetPlan } from '../export/sheet-plan';
import { plannedRow, setCell } from '../export/sheet-plan';
import { isBlank } from './three-way';

/**
 * The base of a pokja's file: the value of every field it carries as the document held it at export,
 * kept in a hidden sheet (code, field, value as JSON; blank fields are left out), so that merging the
 * file back compares it with the document as it was then, not as it is now.
 */
export const POKJA_BASE_SHEET = 'rbw-base';

/** Excel keeps at most 32,767 characters in a cell: a longer value has no base (it is merged as without one). */
const MAX_CELL = 32_000;

/** The hidden base sheet of the items given, in their order. */
export function planPokjaBaseSheet(
  records: ReadonlyMap<string, AnswerRecord>,
  itemIds: Iterable<string>,
): SheetPlan {
  const rows = [['code', 'field', 'value']];
  for (const itemId of itemIds) {
    const record = recordOf(records, itemId);
    // The item's own row says the file carries it (its fields not listed were blank).
    rows.push([itemId, '', '']);
    for (const field of RECORD_FIELDS) {
      const value = record[field];
      if (isBlank(value)) continue;
      const json = JSON.stringify(value);
      rows.push([itemId, field, json.length > MAX_CELL ? '' : json]);
    }
  }
  return {
    name: POKJA_BASE_SHEET,
    hidden: true,
    columns: [
      { col: 0, width: 16 },
      { col: 1, width: 14 },
      { col: 2, width: 60 },
    ],
    rows: rows.map((cells, i) => {
      const row = plannedRow(i, 'plain');
      cells.forEach((value, col) => setCell(row, col, { value, format: 'text' }));
      return row;
    }),
    merges: [],
    validations: [],
  };
}

/**
 * The base values read back: a field of a listed item that is not listed was blank, one listed without a
 * value has no base, and an item not listed (a row added to the file by hand) has none either.
 */
export interface PokjaBase {
  valueOf(itemId: string, field: RecordField): { known: boolean; value: FieldValue };
}

/**
 * Reads the base sheet's rows (code, field, JSON). Null when a row is not a valid value of its field:
 * a damaged base is not trusted at all (the file is then merged as one without a base).
 */
export function readPokjaBase(rows: readonly (readonly unknown[])[]): PokjaBase | null {
  const values = new Map<string, FieldValue | undefined>();
  const items = new Set<string>();
  for (const [code, field, json] of rows.slice(1)) {
    if (code === null || code === undefined || code === '') continue;
    if (typeof code !== 'string') return null;
    if (field === null || field === undefined || field === '') {
      items.add(code);
      continue;
    }
    if (!(RECORD_FIELDS as readonly unknown[]).includes(field)) return null;
    const key = `${code}\u0000${String(field)}`;
    if (json === null || json === undefined || json === '') {
      values.set(key, undefined);
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(String(json));
    } catch {
      return null;
    }
    const parsed = AnswerRecordSchema.shape[field as RecordField].safeParse(data);
    if (!parsed.success) return null;
    values.set(key, parsed.data);
  }
  return {
    valueOf(itemId, field) {
      const key = `${itemId}\u0000${field}`;
      if (!items.has(itemId)) return { known: false, value: EMPTY_RECORD[field] };
      if (!values.has(key)) return { known: true, value: EMPTY_RECORD[field] };
      const value = values.get(key);
      return value === undefined ? { known: false, value: EMPTY_RECORD[field] } : { known: true, value };
    },
  };
}
