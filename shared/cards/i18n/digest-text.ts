import type { SupportedLocale } from '../../i18n/locales.ts';
import { cardTranslator } from './card-translator.ts';
import { digest as german } from './de-DE/digest.ts';
import { digest as english } from './en-US/digest.ts';

export type DigestT = ReturnType<typeof digestText>;

/** The leader digest's texts in `locale`. */
export const digestText = (locale: SupportedLocale) => cardTranslator(locale, english, german);
