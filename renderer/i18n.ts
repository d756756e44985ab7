import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from '../shared/i18n/locales/en';
import { id } from '../shared/i18n/locales/id';
import type { Problem } from '../shared/problem';
import { formatProblem } from '../shared/i18n/translator';
import { uiEn } from './locales/en';
import { uiId } from './locales/id';

const LANGUAGE_KEY = 'rbw-language';

/** Indonesian first; English on request, remembered per browser profile. */
export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    lng: localStorage.getItem(LANGUAGE_KEY) ?? 'id',
    fallbackLng: 'id',
    initAsync: false,
    resources: {
      id: { translation: { ...id, ui: uiId } },
      en: { translation: { ...en, ui: uiEn } },
    },
    interpolation: { escapeValue: false },
  });
  return i18next;
}

export function setLanguage(language: 'id' | 'en'): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** A problem from the service as one line in the current language. */
export function problemText(problem: Problem): string {
  return formatProblem(problem, (key, params) => i18next.t(key, params ?? {}));
}
