import type { SupportedLocale } from '../../i18n/locales.ts';
import { cardTranslator } from './card-translator.ts';
import { checkIn as german } from './de-DE/check-in.ts';
import { checkIn as english } from './en-US/check-in.ts';

export type CheckInT = ReturnType<typeof checkInText>;

/** The check-in card's (and the help request's) texts in `locale`. */
export const checkInText = (locale: SupportedLocale) => cardTranslator(locale, english, german);
