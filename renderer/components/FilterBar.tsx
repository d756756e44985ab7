import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { monthText } from '../grid/cell-text';
import type { FilterCounts, RowFilters, StatusFilter } from '../grid/row-filters';
import { STATUS_FILTERS } from '../grid/row-filters';

interface Props {
  filters: RowFilters;
  /** How many questions each option would leave (null before a document is shown). */
  counts: FilterCounts | null;
  pokjas: string[];
  /** The target months that occur in the document (`YYYY-MM`). */
  months: string[];
  /** This month (`YYYY-MM`): "overdue" is measured against it. */
  month: string;
  /** The reviewer answered something: "unit ≠ evaluator" can find a difference. */
  reviewed: boolean;
  snapshots: { id: number; name: string }[];
  snapshotId: number | null;
  onChange: (filters: RowFilters) => void;
  onSnapshot: (snapshotId: number | null) => void;
  /** More filters (e.g. what is still "dari tahun lalu"). */
  children?: ReactNode;
}

type Toggle = 'unanswered' | 'noEvidence' | 'disagree';
/** The month filter's value for "overdue" (a month is `YYYY-MM`). */
const OVERDUE = 'overdue';

/**
 * Filters of the grid: unanswered, no evidence, unit and reviewer disagree, per pokja, status, target
 * month or overdue, changed since a snapshot. Every option says how many questions it would leave.
 */
export function FilterBar(props: Props) {
  const { filters, counts, onChange } = props;
  const { t, i18n } = useTranslation();
  const n = (count: number | undefined) => (count === undefined ? '' : ` (${count})`);
  const toggle = (key: Toggle) => (
    <label className="filter">
      <input
        type="checkbox"
        checked={filters[key]}
        onChange={(e) => onChange({ ...filters, [key]: e.target.checked })}
        data-testid={`filter-${key}`}
      />
      <span data-testid={`filter-${key}-label`}>
        {t(`ui.filters.${key}`)}
        {n(counts?.[key])}
      </span>
    </label>
  );
  // "Overdue" is a choice of the month filter: a target month before this one, not done.
  const chooseMonth = (value: string) =>
    onChange({
      ...filters,
      targetMonth: value && value !== OVERDUE ? value : null,
      overdue: value === OVERDUE ? props.month : null,
    });
  // A chosen month that no longer occurs (its last question moved on) stays in the list, with 0.
  const months =
    filters.targetMonth && !props.months.includes(filters.targetMonth)
      ? [...props.months, filters.targetMonth].sort()
      : props.months;
  return (
    <div className="filter-bar" role="toolbar" aria-label={t('ui.filters.label')}>
      {toggle('unanswered')}
      {toggle('noEvidence')}
      {(props.reviewed || filters.disagree) && toggle('disagree')}
      <select
        value={filters.pokja ?? ''}
        onChange={(e) => onChange({ ...filters, pokja: e.target.value || null })}
        aria-label={t('ui.filters.pokja')}
        data-testid="filter-pokja"
      >
        <option value="">
          {t('ui.filters.anyPokja')}
          {n(counts?.pokja[''])}
        </option>
        {props.pokjas.map((p) => (
          <option key={p} value={p}>
            {p}
            {n(counts?.pokja[p] ?? 0)}
          </option>
        ))}
      </select>
      <select
        value={filters.status ?? ''}
        onChange={(e) => onChange({ ...filters, status: (e.target.value || null) as StatusFilter | null })}
        aria-label={t('ui.filters.status')}
        data-testid="filter-status"
      >
        <option value="">
          {t('ui.filters.anyStatus')}
          {n(counts?.status[''])}
        </option>
        {STATUS_FILTERS.map((s) => (
          <option key={s} value={s}>
            {s === 'none' ? t('ui.filters.noStatus') : t(`ui.status.${s}`)}
            {n(counts?.status[s])}
          </option>
        ))}
      </select>
      <select
        value={filters.overdue ? OVERDUE : (filters.targetMonth ?? '')}
        onChange={(e) => chooseMonth(e.target.value)}
        aria-label={t('ui.filters.targetMonth')}
        title={t('ui.filters.targetMonth')}
        data-testid="filter-month"
      >
        <option value="">
          {t('ui.filters.anyMonth')}
          {n(counts?.targetMonth[''])}
        </option>
        <option value={OVERDUE} title={t('ui.filters.overdueHelp')}>
          {t('ui.filters.overdue')}
          {n(counts?.overdue)}
        </option>
        {months.map((m) => (
          <option key={m} value={m}>
            {monthText(m, i18n.language)}
            {n(counts?.targetMonth[m] ?? 0)}
          </option>
        ))}
      </select>
      {/* Without a snapshot there is nothing to compare with: the bar keeps its room for the grid. */}
      {(props.snapshots.length > 0 || props.snapshotId !== null) && (
        <span className="filter">
          <select
            value={props.snapshotId ?? ''}
            onChange={(e) => props.onSnapshot(e.target.value ? Number(e.target.value) : null)}
            aria-label={t('ui.filters.changedSince')}
            title={t('ui.filters.changedSince')}
            data-testid="filter-snapshot"
          >
            <option value="">{t('ui.filters.noSnapshot')}</option>
            {props.snapshots.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {props.snapshotId !== null && n(counts?.changedSince)}
        </span>
      )}
      {props.children}
    </div>
  );
}
