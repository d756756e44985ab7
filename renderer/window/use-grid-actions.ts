import { useMemo, useRef } from 'react';
import type { GridActions } from '../grid/grid-actions';
import type { Workbench } from '../state/use-workbench';

interface WindowSide {
  /** The grid's focus moved to another row. */
  focusRow: (id: string | null) => void;
  openEvidence: (id: string) => void;
  confirm: (id: string) => void;
  columnWidth: (colId: string, width: number) => void;
}

/**
 * The grid's actions as one object made once: each reads the workbench and the window as they are when
 * it is called, so that the grid never needs redrawing for a new callback.
 */
export function useGridActions(wb: Workbench, side: WindowSide): GridActions {
  const latest = useRef({ wb, side });
  latest.current = { wb, side };
  return useMemo<GridActions>(
    () => ({
      edit: async (id, field, text) => void (await latest.current.wb.edit(id, field, text)),
      paste: (edits, said) => void latest.current.wb.paste(edits, said),
      pasteRejected: (plan) =>
        latest.current.wb.setNotice({
          kind: 'error',
          messageKey: `ui.pasteReasons.${plan.reason}`,
          params: { detail: plan.detail ?? '' },
        }),
      say: (said) => latest.current.wb.setNotice({ kind: 'error', ...said }),
      undo: () => void latest.current.wb.undo(),
      redo: () => void latest.current.wb.redo(),
      columnWidth: (colId, width) => latest.current.side.columnWidth(colId, width),
      focusRow: (id) => latest.current.side.focusRow(id),
      openEvidence: (id) => latest.current.side.openEvidence(id),
      confirm: (id) => latest.current.side.confirm(id),
    }),
    [],
  );
}
