import type { SupportedLocale } from '../../i18n/locales.ts';
import { cardTranslator } from './card-translator.ts';
import { feedback as german } from './de-DE/feedback.ts';
import { feedback as english } from './en-US/feedback.ts';

/** The feedback catalog's translator for a reader's locale. */
export const feedbackText = (locale: SupportedLocale) => cardTranslator(locale, english, german);

export type FeedbackT = ReturnType<typeof feedbackText>;
