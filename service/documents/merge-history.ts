import type { Change } from '../../shared/records/record-change';
import type { ReadableDB } from './storage/document-store';

/**
 * Every action in order with its changes as stored (JSON text), to find where two copies of a document
 * went apart. The undo state of an action is left out: it changes when a later action is undone.
 */
export function actionTrail(db: ReadableDB): { id: number; fingerprint: string }[] {
  return db.history.trail().map(({ action: a, changes }) => ({
    id: a.id,
    fingerprint: JSON.stringify([
      a.at,
      a.author,
      a.kind,
      a.label,
      a.target,
      changes.map((c) => [c.item_id, c.field, c.before, c.after]),
    ]),
  }));
}

/** Every change recorded after `revision`, in the order made. */
export function changesAfter(db: ReadableDB, revision: number): Change[] {
  return db.history.changeRowsAfter(revision).map(
    (row) =>
      ({
        itemId: row.item_id,
        field: row.field,
        before: JSON.parse(row.before),
        after: JSON.parse(row.after),
      }) as Change,
  );
}
