import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowFilters } from '../grid/grid-rows';

interface Props {
  filters: RowFilters;
  pokjas: string[];
  snapshots: { id: number; name: string }[];
  snapshotId: number | null;
  onChange: (filters: RowFilters) => void;
  onSnapshot: (snapshotId: number | null) => void;
  /** More filters (e.g. what is still "dari tahun lalu"). */
  children?: ReactNode;
}

/** Filters of the grid: unanswered, no evidence, per pokja, unit and reviewer disagree, changed since a snapshot. */
export function FilterBar({ filters, pokjas, snapshots, snapshotId, onChange, onSnapshot, children }: Props) {
  const { t } = useTranslation();
  const toggle = (key: 'unanswered' | 'noEvidence' | 'disagree') => (
    <label className="filter">
      <input
        type="checkbox"
        checked={filters[key]}
        onChange={(e) => onChange({ ...filters, [key]: e.target.checked })}
        data-testid={`filter-${key}`}
      />
      {t(`ui.filters.${key}`)}
    </label>
  );
  return (
    <div className="filter-bar" role="toolbar" aria-label={t('ui.filters.label')}>
      {toggle('unanswered')}
      {toggle('noEvidence')}
      {toggle('disagree')}
      <label className="filter">
        {t('ui.filters.pokja')}
        <select
          value={filters.pokja ?? ''}
          onChange={(e) => onChange({ ...filters, pokja: e.target.value || null })}
          data-testid="filter-pokja"
        >
          <option value="">{t('ui.filters.anyPokja')}</option>
          {pokjas.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        {t('ui.filters.changedSince')}
        <select
          value={snapshotId ?? ''}
          onChange={(e) => onSnapshot(e.target.value ? Number(e.target.value) : null)}
          data-testid="filter-snapshot"
        >
          <option value="">{t('ui.filters.noSnapshot')}</option>
          {snapshots.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {children}
    </div>
  );
}
