import type { ActionKind, ActionState } from '../../../shared/records/history-entry';
import type { Change } from '../../../shared/records/record-change';
import type { Connection } from './connection';

export interface ActionRow {
  id: number;
  at: string;
  author: string;
  kind: ActionKind;
  label: string | null;
  state: ActionState;
  target: number | null;
}

export interface ChangeRow {
  action_id: number;
  item_id: string | null;
  field: string;
  before: string;
  after: string;
}

export interface NewAction {
  at: string;
  author: string;
  kind: ActionKind;
  label: string | null;
  state: ActionState;
  target: number | null;
}

const NO_ACTIONS: ReadonlySet<number> = new Set();

/** The actions users took and the fields each changed: history, and the undo / redo stack. */
export class HistoryTable {
  constructor(private readonly c: Connection) {}

  /** Records an action and its changes; returns its id. */
  add(action: NewAction, changes: readonly Change[]): number {
    const { lastInsertRowid } = this.c
      .statement('INSERT INTO actions (at, author, kind, label, state, target) VALUES (?, ?, ?, ?, ?, ?)')
      .run(action.at, action.author, action.kind, action.label, action.state, action.target);
    const id = Number(lastInsertRowid);
    const insert = this.c.statement(
      'INSERT INTO changes (action_id, seq, item_id, field, before, after) VALUES (?, ?, ?, ?, ?, ?)',
    );
    changes.forEach((change, seq) =>
      insert.run(
        id,
        seq,
        change.itemId,
        change.field,
        JSON.stringify(change.before),
        JSON.stringify(change.after),
      ),
    );
    return id;
  }

  /**
   * The action an undo takes back: the latest one still done, leaving out `others` (the actions of other
   * windows on the document: each window undoes what it did).
   */
  lastDone(others: ReadonlySet<number> = NO_ACTIONS): ActionRow | undefined {
    return this.firstOf("SELECT * FROM actions WHERE state = 'done' ORDER BY id DESC", others);
  }

  /** The action a redo does again: the earliest one undone, leaving out `others` (see lastDone). */
  firstUndone(others: ReadonlySet<number> = NO_ACTIONS): ActionRow | undefined {
    return this.firstOf("SELECT * FROM actions WHERE state = 'undone' ORDER BY id ASC", others);
  }

  setState(id: number, state: ActionState): void {
    this.c.statement('UPDATE actions SET state = ? WHERE id = ?').run(state, id);
  }

  /** A new edit after undo: what was undone can no longer be redone (other windows' undone actions stay). */
  discardUndone(others: ReadonlySet<number> = NO_ACTIONS): void {
    this.c
      .statement(
        "UPDATE actions SET state = 'discarded' WHERE state = 'undone' AND id NOT IN (SELECT value FROM json_each(?))",
      )
      .run(JSON.stringify([...others]));
  }

  private firstOf(sql: string, others: ReadonlySet<number>): ActionRow | undefined {
    if (others.size === 0) return this.c.statement(`${sql} LIMIT 1`).get() as ActionRow | undefined;
    for (const row of this.c.statement(sql).iterate() as IterableIterator<ActionRow>) {
      if (!others.has(row.id)) return row;
    }
    return undefined;
  }

  /** The id of the latest action: the document's revision. */
  revision(): number {
    const row = this.c.statement('SELECT max(id) AS id FROM actions').get() as { id: number | null };
    return row.id ?? 0;
  }

  /** Newest first, `limit` actions with ids below `before`, optionally only those touching `itemIds`. */
  list(options: { before?: number | undefined; limit: number; itemIds?: string[] | undefined }): ActionRow[] {
    const before = options.before ?? Number.MAX_SAFE_INTEGER;
    if (!options.itemIds) {
      return this.c
        .statement('SELECT * FROM actions WHERE id < ? ORDER BY id DESC LIMIT ?')
        .all(before, options.limit) as ActionRow[];
    }
    return this.c
      .statement(
        `SELECT * FROM actions WHERE id IN (
           SELECT DISTINCT action_id FROM changes
           WHERE item_id IN (SELECT value FROM json_each(?)) AND action_id < ?
           ORDER BY action_id DESC LIMIT ?)
         ORDER BY id DESC`,
      )
      .all(JSON.stringify(options.itemIds), before, options.limit) as ActionRow[];
  }

  /** The changes of one action in the order they were made, unchecked (see checked-history.ts). */
  changeRows(actionId: number): ChangeRow[] {
    return this.c
      .statement('SELECT * FROM changes WHERE action_id = ? ORDER BY seq')
      .all(actionId) as ChangeRow[];
  }
}
