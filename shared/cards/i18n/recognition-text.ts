import type { SupportedLocale } from '../../i18n/locales.ts';
import { cardTranslator } from './card-translator.ts';
import { recognition as german } from './de-DE/recognition.ts';
import { recognition as english } from './en-US/recognition.ts';

/** The recognition catalog's translator for a reader's locale. */
export const recognitionText = (locale: SupportedLocale) => cardTranslator(locale, english, german);

export type RecognitionT = ReturnType<typeof recognitionText>;
