import { pickLocale } from '../../shared/i18n/locales.ts';
import { ENGLISH, type I18n } from './i18n.tsx';

/** The language for a Teams locale; a catalog other than English is downloaded on first use. */
export async function loadI18n(tag: string | undefined): Promise<I18n> {
  const locale = pickLocale(tag);
  if (locale === 'de-DE') {
    const { DE_DE } = await import('./de-DE.ts');
    return { locale, translations: DE_DE };
  }
  return ENGLISH;
}
