import type { HistoryEntry } from '../../shared/records/history-entry';
import { ProblemError } from '../../shared/problem';
import { checkedAction, checkedChanges } from './checked-history';
import type { DocumentSession } from './document-session';

export interface HistoryPage {
  entries: HistoryEntry[];
  /** Older entries exist: ask again with `before` = the last entry's id. */
  more: boolean;
}

/**
 * The history of the document, newest first, a page at a time; with `itemId`, only the actions touching
 * that item (for an indicator computed from `Jumlah` inputs, the inputs too), showing only its changes.
 */
export function listHistory(
  session: DocumentSession,
  options: { itemId?: string | undefined; before?: number | undefined; limit: number },
): HistoryPage {
  const itemIds = options.itemId === undefined ? undefined : itemsOf(session, options.itemId);
  return session.store.read((db) => {
    const rows = db.history.list({ before: options.before, limit: options.limit + 1, itemIds });
    const entries = rows.slice(0, options.limit).map((row) => {
      const changes = checkedChanges(db, row.id, session.index, session.fileName);
      return {
        ...checkedAction(row, session.fileName),
        changes: itemIds ? changes.filter((c) => c.itemId !== null && itemIds.includes(c.itemId)) : changes,
      };
    });
    return { entries, more: rows.length > options.limit };
  });
}

function itemsOf(session: DocumentSession, itemId: string): string[] {
  const indicator = session.index.indicators.get(itemId);
  if (indicator) return [indicator.id, ...(indicator.inputs ?? []).map((i) => i.id)];
  if (session.index.answerables.has(itemId)) return [itemId];
  throw new ProblemError([
    {
      code: 'record.unknownCode',
      params: { code: itemId },
      where: { file: session.fileName, field: itemId },
    },
  ]);
}
