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
import type { DocumentKey } from './pg-tables';

const ACTION_COLUMNS = 'id, at, author, kind, label, state, target';
const CHANGE_COLUMNS = 'action_id, item_id, field, before, after';

/**
 * A document's history in the organisation's database. Action ids are numbered per document (the
 * latest plus one, under the document's row lock), so a document's revisions have no gaps.
 */
export class PgHistory implements HistoryReads, HistoryWrites {
  constructor(private readonly k: DocumentKey) {}

  add(action: NewAction, changes: readonly Change[]): number {
    const [row] = this.k.client.query(
      `INSERT INTO actions (document_id, id, at, author, kind, label, state, target)
       SELECT $1, coalesce(max(id), 0) + 1, $2, $3, $4, $5, $6, $7 FROM actions WHERE document_id = $1
       RETURNING id`,
      [this.k.id, action.at, action.author, action.kind, action.label, action.state, action.target],
    );
    const id = Number(row?.id);
    if (changes.length === 0) return id;
    // One statement for every change of the action.
    this.k.client.query(
      `INSERT INTO changes (document_id, action_id, seq, item_id, field, before, after)
       SELECT $1, $2, c.seq - 1, c.item_id, c.field, c.before, c.after
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY
         AS c(item_id, field, before, after, seq)`,
      [
        this.k.id,
        id,
        changes.map((c) => c.itemId),
        changes.map((c) => c.field),
        changes.map((c) => JSON.stringify(c.before)),
        changes.map((c) => JSON.stringify(c.after)),
      ],
    );
    return id;
  }

  lastDone(others: ReadonlySet<number> = new Set()): ActionRow | undefined {
    const [row] = this.k.client.query(
      `SELECT ${ACTION_COLUMNS} FROM actions WHERE document_id = $1 AND state = 'done'
       AND NOT (id = ANY($2::int[])) ORDER BY id DESC LIMIT 1`,
      [this.k.id, [...others]],
    );
    return checkedOptional(ActionRowSchema, row, this.k.file, 'actions');
  }

  firstUndone(others: ReadonlySet<number> = new Set()): ActionRow | undefined {
    const [row] = this.k.client.query(
      `SELECT ${ACTION_COLUMNS} FROM actions WHERE document_id = $1 AND state = 'undone'
       AND NOT (id = ANY($2::int[])) ORDER BY id ASC LIMIT 1`,
      [this.k.id, [...others]],
    );
    return checkedOptional(ActionRowSchema, row, this.k.file, 'actions');
  }

  setState(id: number, state: ActionState): void {
    this.k.client.query('UPDATE actions SET state = $3 WHERE document_id = $1 AND id = $2', [
      this.k.id,
      id,
      state,
    ]);
  }

  discardUndone(others: ReadonlySet<number> = new Set()): void {
    this.k.client.query(
      `UPDATE actions SET state = 'discarded' WHERE document_id = $1 AND state = 'undone'
       AND NOT (id = ANY($2::int[]))`,
      [this.k.id, [...others]],
    );
  }

  revision(): number {
    const [row] = this.k.client.query('SELECT max(id) AS id FROM actions WHERE document_id = $1', [
      this.k.id,
    ]);
    return checkedRow(RevisionRowSchema, row, this.k.file, 'actions').id ?? 0;
  }

  list(options: { before?: number | undefined; limit: number; itemIds?: string[] | undefined }): ActionRow[] {
    const before = options.before ?? 2147483647;
    const rows = !options.itemIds
      ? this.k.client.query(
          `SELECT ${ACTION_COLUMNS} FROM actions WHERE document_id = $1 AND id < $2 ORDER BY id DESC LIMIT $3`,
          [this.k.id, before, options.limit],
        )
      : this.k.client.query(
          `SELECT ${ACTION_COLUMNS} FROM actions WHERE document_id = $1 AND id IN (
             SELECT DISTINCT action_id FROM changes
             WHERE document_id = $1 AND item_id = ANY($2::text[]) AND action_id < $3
             ORDER BY action_id DESC LIMIT $4)
           ORDER BY id DESC`,
          [this.k.id, options.itemIds, before, options.limit],
        );
    return checkedRows(ActionRowSchema, rows, this.k.file, 'actions');
  }

  changeRows(actionId: number): ChangeRow[] {
    const rows = this.k.client.query(
      `SELECT ${CHANGE_COLUMNS} FROM changes WHERE document_id = $1 AND action_id = $2 ORDER BY seq`,
      [this.k.id, actionId],
    );
    return checkedRows(ChangeRowSchema, rows, this.k.file, 'changes');
  }

  lastChangeOf(itemId: string, field: string, revision: number): { author: string; at: string } | undefined {
    const [row] = this.k.client.query(
      `SELECT a.author AS author, a.at AS at FROM changes c
       JOIN actions a ON a.document_id = c.document_id AND a.id = c.action_id
       WHERE c.document_id = $1 AND c.item_id = $2 AND c.field = $3 AND c.action_id > $4
       ORDER BY c.action_id DESC, c.seq DESC LIMIT 1`,
      [this.k.id, itemId, field, revision],
    );
    return checkedOptional(AuthorAtRowSchema, row, this.k.file, 'actions');
  }

  changeRowsAfter(revision: number): ChangeRow[] {
    const rows = this.k.client.query(
      `SELECT ${CHANGE_COLUMNS} FROM changes WHERE document_id = $1 AND action_id > $2 ORDER BY action_id, seq`,
      [this.k.id, revision],
    );
    return checkedRows(ChangeRowSchema, rows, this.k.file, 'changes');
  }

  trail(): { action: ActionRow; changes: ChangeRow[] }[] {
    const actions = this.k.client.query(
      `SELECT ${ACTION_COLUMNS} FROM actions WHERE document_id = $1 ORDER BY id`,
      [this.k.id],
    );
    const changes = this.k.client.query(
      `SELECT ${CHANGE_COLUMNS} FROM changes WHERE document_id = $1 ORDER BY action_id, seq`,
      [this.k.id],
    );
    return groupTrail(
      checkedRows(ActionRowSchema, actions, this.k.file, 'actions'),
      checkedRows(ChangeRowSchema, changes, this.k.file, 'changes'),
    );
  }
}
