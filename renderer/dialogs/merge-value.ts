import type { TFunction } from 'i18next';

/** A field's value as the merge dialog shows it: blank said, numbers the Indonesian way, evidence joined. */
export function shownFieldValue(value: unknown, t: TFunction, language: string): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return t('ui.merge.blank');
  if (typeof value === 'number') return value.toLocaleString(language);
  if (Array.isArray(value))
    return value
      .map((e: { text?: string; url?: string }) => [e.text, e.url].filter(Boolean).join(' '))
      .join(' | ');
  return String(value);
}
