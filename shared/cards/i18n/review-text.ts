import type { SupportedLocale } from '../../i18n/locales.ts';
import { cardTranslator } from './card-translator.ts';
import { review as german } from './de-DE/review.ts';
import { review as english } from './en-US/review.ts';

/** The review catalog's translator for a reader's locale. */
export const reviewText = (locale: SupportedLocale) => cardTranslator(locale, english, german);

export type ReviewT = ReturnType<typeof reviewText>;
