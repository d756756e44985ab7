import type { Dispatch, SetStateAction } from 'react';
import { useCallback, useEffect, useState } from 'react';
import { call } from '../api/client';
import type { RowFilters } from '../grid/grid-rows';

/**
 * The document's snapshots, offered by the filter "changed since": listed again after every dialog (one
 * may have made or restored one); choosing one filters the grid to what changed since it.
 */
export function useSnapshots(
  documentId: string | null,
  dialog: unknown,
  setFilters: Dispatch<SetStateAction<RowFilters>>,
) {
  const [snapshots, setSnapshots] = useState<{ id: number; name: string }[]>([]);
  const [snapshotId, setSnapshotId] = useState<number | null>(null);
  useEffect(() => {
    if (!documentId) return;
    void call('snapshots.list', { documentId }).then(setSnapshots, () => setSnapshots([]));
  }, [documentId, dialog]);
  const chooseSnapshot = useCallback(
    async (id: number | null) => {
      setSnapshotId(id);
      if (id === null || !documentId) return setFilters((f) => ({ ...f, changedSince: null }));
      const comparison = await call('snapshots.compare', { documentId, snapshotId: id });
      setFilters((f) => ({ ...f, changedSince: new Set(comparison.differences.map((d) => d.itemId)) }));
    },
    [documentId, setFilters],
  );
  return { snapshots, snapshotId, chooseSnapshot };
}
