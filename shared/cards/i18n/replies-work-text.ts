import type { SupportedLocale } from '../../i18n/locales.ts';
import { cardTranslator } from './card-translator.ts';
import { repliesWork as german } from './de-DE/replies-work.ts';
import { repliesWork as english } from './en-US/replies-work.ts';

/** The repliesWork catalog's translator for a reader's locale. */
export const repliesWorkText = (locale: SupportedLocale) => cardTranslator(locale, english, german);

export type RepliesWorkT = ReturnType<typeof repliesWorkText>;
