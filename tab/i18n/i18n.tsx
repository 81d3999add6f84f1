import { createContext, useContext, useMemo } from 'react';
import type { Message } from '../../shared/i18n/message.ts';
import { DEFAULT_LOCALE, type SupportedLocale } from '../../shared/i18n/locales.ts';
import { createTranslator, type Translate } from '../../shared/i18n/translate.ts';

/** The language the tab speaks, and its catalog when that is not English (the default, shipped inline). */
export interface I18n {
  locale: SupportedLocale;
  translations?: Readonly<Record<string, Message>>;
}

export const ENGLISH: I18n = { locale: DEFAULT_LOCALE };

export const I18nContext = createContext<I18n>(ENGLISH);

/** A translator for one feature's English catalog, in the tab's language (English where a key lacks one). */
export function useTranslator<Key extends string>(english: Readonly<Record<Key, Message>>): Translate<Key> {
  const { locale, translations } = useContext(I18nContext);
  return useMemo(
    () => createTranslator<Key>(locale, (translations ?? english) as Readonly<Record<Key, Message>>, english),
    [locale, translations, english],
  );
}
