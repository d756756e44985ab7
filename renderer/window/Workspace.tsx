import type { Dispatch, MutableRefObject, ReactNode, SetStateAction } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../components/FilterBar';
import { Splitter } from '../components/Splitter';
import type { GridActions } from '../grid/grid-actions';
import type { GridRow, RowFilters } from '../grid/grid-rows';
import { pinnedTotals } from '../grid/grid-rows';
import { IndicatorGrid } from '../grid/IndicatorGrid';
import { monthOf } from '../grid/row-filters';
import { useFilteredRows } from '../grid/use-filtered-rows';
import { useSettledDocument } from '../state/document-store';
import type { Workbench } from '../state/use-workbench';
import type { DocumentFrame } from '../state/workbench-state';
import { shownTotalError } from '../state/workbench-state';
import type { ColumnChoice } from '../views/arrange-columns';
import type { Preferences } from '../views/preferences';
import { ViewBar } from '../views/ViewBar';
import { UnconfirmedFilter } from '../yearly/UnconfirmedFilter';
import type { Yearly } from '../yearly/use-yearly';
import { useUnconfirmed } from '../yearly/use-yearly';
import { SummaryColumn } from './SummaryColumn';
import { TreeColumn } from './TreeColumn';
import { useFirstRowsPainted } from './use-first-rows';
import type { useSnapshots } from './use-snapshots';

const NO_CHOICE: ColumnChoice = { hidden: [], shown: [] };

interface Props {
  wb: Workbench;
  frame: DocumentFrame | null;
  home: boolean;
  prefs: Preferences;
  setPrefs: (change: Partial<Preferences>) => void;
  selected: string;
  onSelect: (id: string) => void;
  filters: RowFilters;
  setFilters: Dispatch<SetStateAction<RowFilters>>;
  /** Row to scroll to and focus; `seq` repeats a jump. */
  focus: { id: string; seq: number; col?: string } | null;
  snapshots: ReturnType<typeof useSnapshots>;
  yearly: Yearly;
  gridActions: GridActions;
  /** The rows shown, for the window's jumps (written on every render). */
  rowsRef: MutableRefObject<GridRow[]>;
  onFind: () => void;
  onPrint: () => void;
  onShortcuts: () => void;
  onFindings: () => void;
  onGainClick: (id: string) => void;
  onOpenAnswerSet: (sheet: string) => void;
  /** What comes between the toolbar and the document (the find bar, the notice, the welcome screen). */
  children?: ReactNode;
}

/**
 * The toolbar, tree, grid and summary of the open document. It follows the document as settled (a frame
 * after an edit's totals); the totals and the summary's figures follow the service's answer themselves.
 */
export function Workspace(props: Props) {
  const { t } = useTranslation();
  const { wb, frame, home, prefs, setPrefs, filters, setFilters, selected, yearly } = props;
  const shown = useSettledDocument((d) => d);
  const unconfirmed = useUnconfirmed(yearly.carried, shown?.records ?? null);
  const month = monthOf(new Date());
  const { rows, counts, pokjas, months, reviewed } = useFilteredRows(
    shown,
    selected,
    filters,
    unconfirmed,
    month,
  );
  props.rowsRef.current = rows;
  // At start the grid's first rows come first; the tree and the summary a frame after them.
  const beside = useFirstRowsPainted(shown !== null, rows.length);
  const pinned = useMemo(
    () =>
      shown ? pinnedTotals(shown.index, selected, shown.unit, shown.reviewer, shownTotalError(shown)) : [],
    [shown, selected],
  );
  const view = prefs.view ?? 'pokja';
  const hasCarried = yearly.lastYear !== null;
  const confirmShown = () => {
    const ids = rows.filter((r) => r.kind !== 'heading' && r.fromLastYear).map((r) => r.id);
    void wb.withProgress('confirm', async () => {
      const count = await yearly.confirm(ids);
      wb.setNotice({ kind: 'info', messageKey: 'ui.yearly.confirmed', params: { count } });
    });
  };
  const treeWidth = prefs.treeCollapsed ? 28 : prefs.treeWidth;
  const layoutColumns = `${treeWidth}px 5px minmax(0, 1fr) ${prefs.summaryCollapsed ? 28 : 292}px`;
  const { snapshots, snapshotId, chooseSnapshot } = props.snapshots;

  return (
    <>
      {frame && !home && (
        <div className="toolbar-row">
          <ViewBar
            prefs={prefs}
            reviewer={shown?.reviewer ?? null}
            hasPrior={Boolean(frame.priorYear)}
            onChange={setPrefs}
            onFind={props.onFind}
            onPrint={props.onPrint}
            onShortcuts={props.onShortcuts}
          />
          <FilterBar
            filters={filters}
            counts={counts}
            pokjas={pokjas}
            months={months}
            month={month}
            reviewed={reviewed}
            snapshots={snapshots}
            snapshotId={snapshotId}
            onChange={setFilters}
            onSnapshot={(id) => void chooseSnapshot(id)}
          >
            {hasCarried && (
              <UnconfirmedFilter
                count={counts?.unconfirmed ?? unconfirmed.size}
                checked={Boolean(filters.unconfirmed)}
                onChange={(checked) => setFilters((f) => ({ ...f, unconfirmed: checked }))}
                onConfirmShown={confirmShown}
              />
            )}
          </FilterBar>
        </div>
      )}
      {props.children}
      {/* The grid is set up while the first document is on its way, so that its rows paint at once. */}
      <main
        className="layout"
        style={{ gridTemplateColumns: layoutColumns, ...(home ? { display: 'none' } : {}) }}
      >
        <TreeColumn
          wb={wb}
          shown={beside.painted ? shown : null}
          view={view}
          collapsed={prefs.treeCollapsed}
          onCollapse={(treeCollapsed) => setPrefs({ treeCollapsed })}
          selected={selected}
          onSelect={props.onSelect}
          pokjas={pokjas}
        />
        <Splitter
          width={prefs.treeWidth}
          disabled={prefs.treeCollapsed}
          label={t('ui.panels.treeWidth')}
          onWidth={(w) => setPrefs({ treeWidth: w })}
        />
        <IndicatorGrid
          rows={rows}
          pinned={pinned}
          loading={!frame && !wb.notice}
          priorLabel={frame?.priorYear ? frame.priorYear.label : null}
          confirmable={hasCarried}
          view={view}
          columnChoice={prefs.columns[view] ?? NO_CHOICE}
          widths={prefs.widths}
          compact={prefs.compact}
          actions={props.gridActions}
          focus={props.focus}
          onFirstRows={beside.onFirstRows}
        />
        {beside.painted && (
          <SummaryColumn
            shown={shown}
            collapsed={prefs.summaryCollapsed}
            onCollapse={(summaryCollapsed) => setPrefs({ summaryCollapsed })}
            onFindings={props.onFindings}
            onGainClick={props.onGainClick}
            onOpenAnswerSet={props.onOpenAnswerSet}
          />
        )}
      </main>
    </>
  );
}
