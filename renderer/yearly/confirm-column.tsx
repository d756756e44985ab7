import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { GridRow } from '../grid/grid-rows';

/**
 * The column of a document started from last year's: a "Konfirmasi" button on every row that still shows
 * last year's answer, unconfirmed (changing the answer confirms it too).
 */
export function confirmColumn(t: TFunction, onConfirm: (itemId: string) => void): ColDef<GridRow> {
  return {
    colId: 'fromLastYear',
    headerName: t('ui.yearly.carriedColumn'),
    headerTooltip: t('ui.yearly.fromLastYear'),
    width: 96,
    valueGetter: (p) => (p.data && p.data.kind !== 'heading' && p.data.fromLastYear ? 'carried' : ''),
    cellRenderer: (p: ICellRendererParams<GridRow>) =>
      p.value === 'carried' && p.data ? (
        <button
          type="button"
          className="confirm-button"
          onClick={() => onConfirm(p.data!.id)}
          data-testid={`confirm-${p.data.id}`}
          title={t('ui.yearly.fromLastYear')}
        >
          {t('ui.yearly.confirm')}
        </button>
      ) : null,
  };
}
