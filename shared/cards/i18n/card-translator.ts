import type { SupportedLocale } from '../../i18n/locales.ts';
import type { Message } from '../../i18n/message.ts';
import { createTranslator, type Translate } from '../../i18n/translate.ts';

/** A card's translator: the German catalog for `de-DE`, English otherwise and for any missing key. */
export function cardTranslator<K extends string>(
  locale: SupportedLocale,
  english: Readonly<Record<K, Message>>,
  german: Readonly<Record<K, Message>>,
): Translate<K> {
  return createTranslator(locale, locale === 'de-DE' ? german : english, english);
}
