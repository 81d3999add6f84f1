import { pickLocale } from '../../shared/i18n/locales.ts';
import { createTranslator } from '../../shared/i18n/translate.ts';
import { EN_US } from './en-US.ts';
import { ENGLISH, type I18n } from './i18n.tsx';

/** The catalog for a Teams locale; other languages than English are downloaded on first use. */
export async function loadI18n(tag: string | undefined): Promise<I18n> {
  const locale = pickLocale(tag);
  if (locale === 'de-DE') {
    const { DE_DE } = await import('./de-DE.ts');
    return { locale, t: createTranslator(locale, DE_DE, EN_US) };
  }
  return ENGLISH;
}
