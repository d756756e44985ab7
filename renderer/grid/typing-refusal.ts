import { fieldOfColumn, writable } from './grid-cells';
import type { GridRow } from './grid-rows';

/** What the window says when a key is typed on a cell that takes nothing, and why it takes nothing. */
export interface TypingRefusal {
  messageKey: string;
  params: Record<string, string>;
}

/**
 * Why a printable key typed on a cell changes nothing: a heading row, a derived row's answer (computed
 * from its Jumlah inputs), a computed column, a field a Jumlah row does not have, or the evidence list
 * (edited in its own dialog). Null when the cell takes typing (the grid opens its editor).
 */
export function typingRefusal(row: GridRow, col: string, column: string): TypingRefusal | null {
  if (row.kind === 'heading') return { messageKey: 'ui.typedOnHeading', params: { code: row.id } };
  const field = fieldOfColumn(col);
  if (!field) return { messageKey: 'ui.typedOnReadOnly', params: { column } };
  if (writable(row, field))
    return field === 'evidence' ? { messageKey: 'ui.typedOnEvidence', params: { column } } : null;
  if (field === 'answer' || field === 'reviewerAnswer')
    return { messageKey: 'ui.typedOnComputed', params: { code: row.id, column } };
  return { messageKey: 'ui.typedOnInput', params: { code: row.id, column } };
}
