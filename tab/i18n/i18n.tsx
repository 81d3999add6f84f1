import { createContext, useContext } from 'react';
import { DEFAULT_LOCALE, type SupportedLocale } from '../../shared/i18n/locales.ts';
import { createTranslator, type Translate } from '../../shared/i18n/translate.ts';
import { EN_US, type TabMessageKey } from './en-US.ts';

/** The language the tab speaks, and its translator. */
export interface I18n {
  locale: SupportedLocale;
  t: Translate<TabMessageKey>;
}

export const ENGLISH: I18n = { locale: DEFAULT_LOCALE, t: createTranslator(DEFAULT_LOCALE, EN_US) };

export const I18nContext = createContext<I18n>(ENGLISH);

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The translator, for components that only need words. */
export function useT(): Translate<TabMessageKey> {
  return useContext(I18nContext).t;
}
