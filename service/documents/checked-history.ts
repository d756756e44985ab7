import { HistoryChangeSchema } from '../../shared/records/history-entry';
import type { Change } from '../../shared/records/record-change';
import { ProblemError } from '../../shared/problem';
import { parseAnswer } from '../../shared/answers/parse-answer';
import type { TemplateIndex } from '../../shared/template/template-index';
import type { ActionKind, ActionState } from '../../shared/records/history-entry';
import { ActionKindSchema, ActionStateSchema } from '../../shared/records/history-entry';
import { parseJson } from './checked-json';
import type { ActionRow, ChangeRow, ReadableDB } from './storage/document-store';

/**
 * History read back for undo, redo and the history list, each entry checked as any input from outside:
 * its values JSON of the right shape, its item in the template, its answers options of their type. An
 * entry edited by hand or by a broken tool is refused as one line naming the action, before undo could
 * write a bad value into the document.
 */
export function checkedChanges(
  db: ReadableDB,
  actionId: number,
  index: TemplateIndex,
  file: string,
): Change[] {
  return db.history.changeRows(actionId).map((row) => checkedChange(row, index, file));
}

/** An action row whose kind and undo state are the workbench's own. */
export type CheckedAction = Omit<ActionRow, 'kind' | 'state'> & { kind: ActionKind; state: ActionState };

export function checkedAction(row: ActionRow, file: string): CheckedAction {
  const kind = ActionKindSchema.safeParse(row.kind);
  const state = ActionStateSchema.safeParse(row.state);
  if (!kind.success || !state.success) throw badHistory(row.id, file, 'actions');
  return { ...row, kind: kind.data, state: state.data };
}

function checkedChange(row: ChangeRow, index: TemplateIndex, file: string): Change {
  const parsed = HistoryChangeSchema.safeParse({
    itemId: row.item_id,
    field: row.field,
    before: parseJson(row.before),
    after: parseJson(row.after),
  });
  if (!parsed.success) throw badHistory(row.action_id, file, 'changes');
  const change = parsed.data as Change;
  if (change.itemId === null) return change;
  // Derived % rows are not answerable but keep their own note and work fields.
  const answerable = index.answerables.get(change.itemId);
  if (!answerable && !index.indicators.has(change.itemId)) throw badHistory(row.action_id, file, 'changes');
  if (change.field === 'answer' || change.field === 'reviewerAnswer') {
    if (!answerable) throw badHistory(row.action_id, file, 'changes');
    for (const value of [change.before, change.after]) {
      const checked = parseAnswer(answerable.type, value);
      if (!checked.ok || checked.value !== value) throw badHistory(row.action_id, file, 'changes');
    }
  }
  return change;
}

const badHistory = (action: number, file: string, table: string): ProblemError =>
  new ProblemError([{ code: 'document.badHistory', params: { action }, where: { file, field: table } }]);
