import type { EditHandler } from './columns';
import type { PasteEdit, PastePlan, PasteSaid } from './plan-paste';
import type { TypingRefusal } from './typing-refusal';

/**
 * What the grid asks of the window, as one object that stays the same from render to render (the grid
 * takes it once; a new object would not redraw anything).
 */
export interface GridActions {
  /** One cell typed and entered; resolves once the service's answer is shown. */
  edit: (...edit: Parameters<EditHandler>) => Promise<void>;
  /** Edits as one undoable action; `said` is what the notice says of it (a paste says what it skipped). */
  paste: (edits: PasteEdit[], said?: PasteSaid) => void;
  pasteRejected: (plan: Exclude<PastePlan, { ok: true }>) => void;
  /** Says why a key typed on a cell changed nothing (a heading, a computed cell). */
  say: (said: TypingRefusal) => void;
  undo: () => void;
  redo: () => void;
  /** The user resized a column (remembered per document). */
  columnWidth: (colId: string, width: number) => void;
  /** The row of the focused cell (history follows it). */
  focusRow: (rowId: string | null) => void;
  /** Opens the evidence list of a question (F2, Enter or a double-click on its evidence cell). */
  openEvidence: (rowId: string) => void;
  /** Confirms a carried answer (a document started from last year's, with its column of buttons). */
  confirm: (itemId: string) => void;
}
