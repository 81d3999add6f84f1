import type { SupportedLocale } from '../../i18n/locales.ts';
import { cardTranslator } from './card-translator.ts';
import { help as german } from './de-DE/help.ts';
import { help as english } from './en-US/help.ts';

export type HelpT = ReturnType<typeof helpText>;

/** The help card's texts in `locale`. */
export const helpText = (locale: SupportedLocale) => cardTranslator(locale, english, german);
