import type { TFunction } from 'i18next';
import { formatNumber } from '../../shared/format/number';
import { monthText } from '../grid/cell-text';

/**
 * A value in history or a snapshot comparison as a user reads it: "(kosong)" for nothing, "Mei 2026",
 * "Proses", evidence as its descriptions and links, numbers the Indonesian way; never JSON.
 */
export function historyValue(field: string, value: unknown, t: TFunction, language: string): string {
  if (value === null || value === undefined || value === '') return t('ui.emptyValue');
  if (typeof value === 'number') return formatNumber(value, Number.isInteger(value) ? 0 : 2);
  if (typeof value === 'string') {
    if (field === 'status') return t(`ui.status.${value}`, { defaultValue: value });
    if (field === 'targetMonth') return monthText(value, language);
    return value;
  }
  if (Array.isArray(value)) {
    if (!value.length) return t('ui.emptyValue');
    return value
      .map((item: { text?: string; url?: string; attachment?: { fileName?: string } }) =>
        [item.text, item.url, item.attachment?.fileName].filter(Boolean).join(' — '),
      )
      .join('; ');
  }
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${v === null ? '–' : String(v)}`)
      .join(', ');
  return String(value);
}
