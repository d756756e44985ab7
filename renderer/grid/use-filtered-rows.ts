import { useMemo, useRef } from 'react';
import type { AnswerRecord } from '../../shared/records/answer-record';
import type { ShownDocument } from '../state/workbench-state';
import type { GridRow } from './grid-rows';
import { filterGridRows, gridRows, NO_FILTERS, questionRows, reuseRows } from './grid-rows';
import type { FilterCounts, RowFilters } from './row-filters';
import { filterCounts, targetMonths } from './row-filters';

/** The pokjas the answers name, in order. */
export const pokjasOf = (records: ReadonlyMap<string, AnswerRecord> | undefined | null): string[] =>
  [
    ...new Set([...(records?.values() ?? [])].map((r) => r.pokja).filter((p): p is string => Boolean(p))),
  ].sort();

/**
 * The grid's rows for the node chosen in the tree under the filters, the count beside every filter
 * option (from the same rows), and the pokja and target months the filters offer. Rows that did not
 * change stay the same objects: the grid redraws only the rows an edit touched.
 */
export function useFilteredRows(
  shown: ShownDocument | null,
  selected: string,
  filters: RowFilters,
  unconfirmed: ReadonlySet<string> | null,
  month: string,
): {
  rows: GridRow[];
  counts: FilterCounts | null;
  pokjas: string[];
  months: string[];
  /** Whether the reviewer has answered anything (else "unit ≠ evaluator" has nothing to show). */
  reviewed: boolean;
} {
  const records = shown?.records;
  const pokjas = useMemo(() => pokjasOf(records), [records]);
  const months = useMemo(() => targetMonths(records?.values() ?? []), [records]);
  const reviewed = useMemo(
    () => [...(records?.values() ?? [])].some((r) => r.reviewerAnswer !== null),
    [records],
  );
  const all = useMemo(
    () =>
      shown
        ? gridRows(
            shown.index,
            selected,
            shown.records,
            shown.unit,
            shown.reviewer,
            NO_FILTERS,
            shown.priorYear?.items ?? null,
            unconfirmed,
            shown.view.surveyMarks ?? null,
          )
        : [],
    [shown, selected, unconfirmed],
  );
  const previous = useRef<GridRow[]>([]);
  const rows = useMemo(() => {
    previous.current = reuseRows(previous.current, filterGridRows(all, filters));
    return previous.current;
  }, [all, filters]);
  const counts = useMemo(
    () => (shown ? filterCounts(questionRows(all), filters, month, { pokjas, months }) : null),
    [shown, all, filters, month, pokjas, months],
  );
  return { rows, counts, pokjas, months, reviewed };
}
