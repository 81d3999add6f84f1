import type { SupportedLocale } from '../../i18n/locales.ts';
import { cardTranslator } from './card-translator.ts';
import { common as german } from './de-DE/common.ts';
import { common as english } from './en-US/common.ts';

export type CommonT = ReturnType<typeof commonText>;

/** The words cards share texts in `locale`. */
export const commonText = (locale: SupportedLocale) => cardTranslator(locale, english, german);
