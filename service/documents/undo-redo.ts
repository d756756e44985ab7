import { invertChanges } from '../../shared/records/record-change';
import { checkedAction, checkedChanges } from './checked-history';
import type { DocumentSession, EditResult } from './document-session';

/**
 * Takes back the latest `steps` actions still done, newest first, as one action of the user. Each step
 * is recorded in history (who undid what, when); the undone actions stay redoable until a new edit.
 * Undo state lives in the document, so it survives closing the app.
 */
export function undo(session: DocumentSession, steps: number, author: string): EditResult {
  return session.perform(author, (tx) => {
    for (let i = 0; i < steps; i++) {
      const target = tx.db.history.lastDone();
      if (!target) return;
      checkedAction(target, session.fileName);
      const changes = checkedChanges(tx.db, target.id, session.index, session.fileName);
      tx.recordStep('undo', target.id, invertChanges(changes));
    }
  });
}

/** Does again the `steps` actions undone most recently, oldest first. */
export function redo(session: DocumentSession, steps: number, author: string): EditResult {
  return session.perform(author, (tx) => {
    for (let i = 0; i < steps; i++) {
      const target = tx.db.history.firstUndone();
      if (!target) return;
      checkedAction(target, session.fileName);
      tx.recordStep('redo', target.id, checkedChanges(tx.db, target.id, session.index, session.fileName));
    }
  });
}
