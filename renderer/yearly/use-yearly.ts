import { useCallback, useEffect, useMemo, useState } from 'react';
import type { OperationOutput } from '../../shared/api/contract';
import type { AnswerRecord } from '../../shared/records/answer-record';
import { isUnconfirmed } from '../../shared/yearly/carry-records';
import { call } from '../api/client';

type YearlyView = OperationOutput<'yearly.view'>;

/**
 * Last year's LKE of the open document, what was carried from it, and the confirmation of a carried answer.
 * Which items are still unconfirmed is worked out from the records on screen (`useUnconfirmed`), so that
 * an edit takes the mark away with the grid's next rows.
 */
export function useYearly(documentId: string | null) {
  const [yearly, setYearly] = useState<YearlyView | null>(null);
  useEffect(() => {
    setYearly(null);
    if (!documentId) return;
    void call('yearly.view', { documentId }).then(setYearly, () => setYearly(null));
  }, [documentId]);
  const confirm = useCallback(
    async (itemIds: string[]) => {
      if (!documentId || itemIds.length === 0) return 0;
      const result = await call('yearly.confirm', { documentId, itemIds });
      setYearly((current) => {
        if (!current) return current;
        const carried = { ...current.carried };
        for (const id of itemIds) if (carried[id]) carried[id] = { ...carried[id], confirmed: true };
        return { ...current, carried };
      });
      return result.confirmed;
    },
    [documentId],
  );
  return { lastYear: yearly?.lastYear ?? null, carried: yearly?.carried ?? null, confirm };
}

export type Yearly = ReturnType<typeof useYearly>;

/** The items still showing what was carried from last year, unconfirmed, in the records on screen. */
export function useUnconfirmed(
  carried: Yearly['carried'],
  records: ReadonlyMap<string, AnswerRecord> | null,
): ReadonlySet<string> {
  return useMemo(() => {
    const ids = new Set<string>();
    if (!carried || !records) return ids;
    for (const [id, item] of Object.entries(carried)) {
      if (isUnconfirmed(item as Parameters<typeof isUnconfirmed>[0], records.get(id))) ids.add(id);
    }
    return ids;
  }, [carried, records]);
}
