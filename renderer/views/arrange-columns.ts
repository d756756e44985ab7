import type { ColDef } from 'ag-grid-community';
import type { GridView } from './grid-views';
import { orderColumns } from './grid-views';

export interface ColumnChoice {
  hidden: readonly string[];
  shown: readonly string[];
}

/** The grid's columns in the view's order, hidden as the view and the user chose, at the widths the user set. */
export function arrangeColumns<T>(
  columns: readonly ColDef<T>[],
  view: GridView,
  choice: ColumnChoice,
  widths: Readonly<Record<string, number>>,
): ColDef<T>[] {
  const byId = new Map(columns.map((c) => [c.colId as string, c]));
  return orderColumns([...byId.keys()], view, choice).map(({ id, hide }) => {
    const column = byId.get(id) as ColDef<T>;
    const width = widths[id];
    return { ...column, hide, ...(width ? { width } : {}) };
  });
}
