import { formatNumber } from '../../shared/format/number';

/** Figures as users read them: 95,58 (two decimals unless asked), "–" for nothing. */
export const fmt = (value: number | null | undefined, decimals = 2): string =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : formatNumber(value, decimals);

export const percent = (value: number, max: number): string =>
  max ? `${fmt((value / max) * 100, 1)}%` : '–';
