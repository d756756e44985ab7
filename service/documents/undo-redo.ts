import type { Problem } from '../../shared/problem';
import type { Change } from '../../shared/records/record-change';
import { invertChanges, sameValue } from '../../shared/records/record-change';
import type { ActionTransaction } from './action-transaction';
import { checkedAction, checkedChanges } from './checked-history';
import type { DocumentSession, EditResult } from './document-session';

export type UndoResult = EditResult & { notices: Problem[] };

/**
 * Takes back the latest `steps` actions of the calling window still done, newest first, as one action of
 * the user (see DocumentSession: each window undoes what it did). Each step is recorded in history (who
 * undid what, when); the undone actions stay redoable until the window's next edit. Undo state lives in
 * the document, so it survives closing the app.
 *
 * A field another window has changed since is left as that window made it, and the notices say so: an
 * undo never silently overwrites someone else's later change.
 */
export function undo(session: DocumentSession, steps: number, author: string): UndoResult {
  const notices: Problem[] = [];
  const result = session.perform(author, (tx) => {
    for (let i = 0; i < steps; i++) {
      const target = tx.db.history.lastDone(tx.others);
      if (!target) return;
      checkedAction(target, session.fileName);
      const changes = checkedChanges(tx.db, target.id, session.index, session.fileName);
      const kept = unchanged(
        tx,
        invertChanges(changes),
        'otherWindows.undoOvertaken',
        session.fileName,
        notices,
      );
      tx.recordStep('undo', target.id, kept);
    }
  });
  return { ...result, notices };
}

/** Does again the `steps` actions the calling window undid most recently, oldest first (as undo). */
export function redo(session: DocumentSession, steps: number, author: string): UndoResult {
  const notices: Problem[] = [];
  const result = session.perform(author, (tx) => {
    for (let i = 0; i < steps; i++) {
      const target = tx.db.history.firstUndone(tx.others);
      if (!target) return;
      checkedAction(target, session.fileName);
      const changes = checkedChanges(tx.db, target.id, session.index, session.fileName);
      tx.recordStep(
        'redo',
        target.id,
        unchanged(tx, changes, 'otherWindows.redoOvertaken', session.fileName, notices),
      );
    }
  });
  return { ...result, notices };
}

/**
 * The changes whose field still holds the value they start from; each other one (a later change of
 * another window, or of another program) is left out and named in a notice.
 */
function unchanged(
  tx: ActionTransaction,
  changes: readonly Change[],
  code: string,
  file: string,
  notices: Problem[],
): Change[] {
  return changes.filter((change) => {
    if (sameValue(tx.valueOf(change) ?? null, change.before ?? null)) return true;
    notices.push({
      code,
      params: { item: change.itemId ?? '', field: change.field },
      where: { file, field: change.itemId === null ? change.field : `${change.itemId}.${change.field}` },
    });
    return false;
  });
}
