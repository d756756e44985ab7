import type { ActionState } from '../../../shared/records/history-entry';
import type { Change } from '../../../shared/records/record-change';
import type { ActionRow, ChangeRow, HistoryReads, HistoryWrites, NewAction } from '../storage/document-store';
import {
  ActionRowSchema,
  AuthorAtRowSchema,
  ChangeRowSchema,
  checkedOptional,
  checkedRow,
  checkedRows,
  RevisionRowSchema,
} from '../storage/rows';
import { groupTrail } from '../storage/trail';
import type { Connection } from './connection';

export type { ActionRow, ChangeRow, NewAction };

const NO_ACTIONS: ReadonlySet<number> = new Set();

/** The actions users took and the fields each changed: history, and the undo / redo stack. */
export class HistoryTable implements HistoryReads, HistoryWrites {
  constructor(
    private readonly c: Connection,
    private readonly file: string,
  ) {}

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

  lastDone(others: ReadonlySet<number> = NO_ACTIONS): ActionRow | undefined {
    return this.firstOf("SELECT * FROM actions WHERE state = 'done' ORDER BY id DESC", others);
  }

  firstUndone(others: ReadonlySet<number> = NO_ACTIONS): ActionRow | undefined {
    return this.firstOf("SELECT * FROM actions WHERE state = 'undone' ORDER BY id ASC", others);
  }

  setState(id: number, state: ActionState): void {
    this.c.statement('UPDATE actions SET state = ? WHERE id = ?').run(state, id);
  }

  discardUndone(others: ReadonlySet<number> = NO_ACTIONS): void {
    this.c
      .statement(
        "UPDATE actions SET state = 'discarded' WHERE state = 'undone' AND id NOT IN (SELECT value FROM json_each(?))",
      )
      .run(JSON.stringify([...others]));
  }

  /** The first row of `sql` that is not one of `others`. */
  private firstOf(sql: string, others: ReadonlySet<number>): ActionRow | undefined {
    if (others.size === 0) {
      return checkedOptional(ActionRowSchema, this.c.statement(`${sql} LIMIT 1`).get(), this.file, 'actions');
    }
    for (const row of this.c.statement(sql).iterate()) {
      const action = checkedRow(ActionRowSchema, row, this.file, 'actions');
      if (!others.has(action.id)) return action;
    }
    return undefined;
  }

  revision(): number {
    const row = this.c.statement('SELECT max(id) AS id FROM actions').get();
    return checkedRow(RevisionRowSchema, row, this.file, 'actions').id ?? 0;
  }

  list(options: { before?: number | undefined; limit: number; itemIds?: string[] | undefined }): ActionRow[] {
    const before = options.before ?? Number.MAX_SAFE_INTEGER;
    const rows = !options.itemIds
      ? this.c
          .statement('SELECT * FROM actions WHERE id < ? ORDER BY id DESC LIMIT ?')
          .all(before, options.limit)
      : this.c
          .statement(
            `SELECT * FROM actions WHERE id IN (
               SELECT DISTINCT action_id FROM changes
               WHERE item_id IN (SELECT value FROM json_each(?)) AND action_id < ?
               ORDER BY action_id DESC LIMIT ?)
             ORDER BY id DESC`,
          )
          .all(JSON.stringify(options.itemIds), before, options.limit);
    return checkedRows(ActionRowSchema, rows, this.file, 'actions');
  }

  changeRows(actionId: number): ChangeRow[] {
    const rows = this.c.statement('SELECT * FROM changes WHERE action_id = ? ORDER BY seq').all(actionId);
    return checkedRows(ChangeRowSchema, rows, this.file, 'changes');
  }

  lastChangeOf(itemId: string, field: string, revision: number): { author: string; at: string } | undefined {
    const row = this.c
      .statement(
        `SELECT a.author AS author, a.at AS at FROM changes c JOIN actions a ON a.id = c.action_id
         WHERE c.item_id = ? AND c.field = ? AND c.action_id > ?
         ORDER BY c.action_id DESC, c.seq DESC LIMIT 1`,
      )
      .get(itemId, field, revision);
    return checkedOptional(AuthorAtRowSchema, row, this.file, 'actions');
  }

  changeRowsAfter(revision: number): ChangeRow[] {
    const rows = this.c
      .statement('SELECT * FROM changes WHERE action_id > ? ORDER BY action_id, seq')
      .all(revision);
    return checkedRows(ChangeRowSchema, rows, this.file, 'changes');
  }

  trail(): { action: ActionRow; changes: ChangeRow[] }[] {
    const actions = this.c.statement('SELECT * FROM actions ORDER BY id').all();
    const changes = this.c.statement('SELECT * FROM changes ORDER BY action_id, seq').all();
    return groupTrail(
      checkedRows(ActionRowSchema, actions, this.file, 'actions'),
      checkedRows(ChangeRowSchema, changes, this.file, 'changes'),
    );
  }
}
