import i18next from 'i18next';
import type { Problem } from '../problem';
import { en } from './locales/en';
import { id } from './locales/id';

export type Language = 'id' | 'en';
export const LANGUAGES: readonly Language[] = ['id', 'en'];

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A translator for one language, Indonesian by default; English falls back to Indonesian keys. */
export function createTranslator(language: Language = 'id'): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'id',
    initAsync: false,
    resources: { id: { translation: id }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return (key, params) => instance.t(key, params ?? {});
}

/** One line naming the file, sheet, cell, row or field, then the message. */
export function formatProblem(problem: Problem, t: Translate): string {
  const where = problem.where ?? {};
  const place = [
    where.file,
    where.sheet !== undefined ? t('where.sheet', { name: where.sheet }) : undefined,
    where.cell !== undefined ? t('where.cell', { cell: where.cell }) : undefined,
    where.row !== undefined ? t('where.row', { row: where.row }) : undefined,
    where.field,
  ].filter((part) => part !== undefined && part !== '');
  const message = t(problem.code, problem.params);
  return place.length ? `${place.join(': ')}: ${message}` : message;
}
