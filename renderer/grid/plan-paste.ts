import type { RecordField } from '../../shared/records/answer-record';
import type { GridRow, ItemRow } from './grid-rows';

export interface PasteEdit {
  itemId: string;
  field: RecordField;
  text: string | null;
  /** The line of the pasted block it comes from (1 = the first), named when its value is refused. */
  line: number;
}

export type PastePlan =
  | { ok: true; edits: PasteEdit[] }
  | { ok: false; reason: 'noTarget' | 'tooManyRows' | 'tooManyColumns' | 'notEditable'; detail?: string };

/**
 * Where pasted cells go: lines fill the question and input rows below the start cell (headings are
 * skipped, as copying from the grid leaves them out), columns fill the editable columns to its right.
 * One copied cell over a larger selection fills the whole selection, as in Excel. Nothing is sent when
 * any cell would land outside the grid or on a cell that cannot be edited: the paste is all or nothing.
 */
export function planPaste(
  cells: string[][],
  rows: readonly GridRow[],
  start: { row: number; field: RecordField },
  editableFields: readonly RecordField[],
  selection: { rows: number; fields: number } = { rows: 1, fields: 1 },
): PastePlan {
  const firstField = editableFields.indexOf(start.field);
  if (firstField < 0) return { ok: false, reason: 'noTarget' };
  const single = cells.length === 1 && cells[0]?.length === 1;
  const lines = single
    ? Array.from({ length: selection.rows }, () => Array(selection.fields).fill(cells[0]?.[0] ?? ''))
    : cells;
  const targets = rows.slice(start.row).filter((r): r is ItemRow => r.kind !== 'heading');
  if (lines.length > targets.length)
    return { ok: false, reason: 'tooManyRows', detail: String(lines.length) };
  const edits: PasteEdit[] = [];
  for (const [i, line] of lines.entries()) {
    const row = targets[i] as ItemRow;
    for (const [j, text] of line.entries()) {
      const field = editableFields[firstField + j];
      if (!field) return { ok: false, reason: 'tooManyColumns', detail: String(line.length) };
      const writable =
        field === 'answer' || field === 'reviewerAnswer'
          ? row.editable
          : row.kind === 'indicator' || field === 'note';
      if (!writable) {
        if (text.trim() === '') continue;
        return { ok: false, reason: 'notEditable', detail: `${row.id} (${field})` };
      }
      edits.push({ itemId: row.id, field, text: text.trim() === '' ? null : text, line: i + 1 });
    }
  }
  return { ok: true, edits };
}
