import type { Connection } from './connection';

/** Who last changed a field of an item after `revision`, and when (undo and redo included). */
export function lastChangeOf(
  c: Connection,
  itemId: string,
  field: string,
  revision: number,
): { author: string; at: string } | undefined {
  return c
    .statement(
      `SELECT a.author AS author, a.at AS at FROM changes c JOIN actions a ON a.id = c.action_id
       WHERE c.item_id = ? AND c.field = ? AND c.action_id > ?
       ORDER BY c.action_id DESC, c.seq DESC LIMIT 1`,
    )
    .get(itemId, field, revision) as { author: string; at: string } | undefined;
}

/**
 * Every action in order with its changes as stored (JSON text), to find where two copies of a document
 * went apart. The undo state of an action is left out: it changes when a later action is undone.
 */
export function actionTrail(c: Connection): { id: number; fingerprint: string }[] {
  const rows = c
    .statement(
      `SELECT a.id AS id, a.at AS at, a.author AS author, a.kind AS kind, a.label AS label, a.target AS target,
              (SELECT json_group_array(json_array(item_id, field, before, after))
                 FROM (SELECT * FROM changes WHERE action_id = a.id ORDER BY seq)) AS changes
       FROM actions a ORDER BY a.id`,
    )
    .all() as {
    id: number;
    at: string;
    author: string;
    kind: string;
    label: string | null;
    target: number | null;
    changes: string;
  }[];
  return rows.map((r) => ({
    id: r.id,
    fingerprint: JSON.stringify([r.at, r.author, r.kind, r.label, r.target, r.changes]),
  }));
}
