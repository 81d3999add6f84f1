import type { SupportedLocale } from '../../i18n/locales.ts';
import { cardTranslator } from './card-translator.ts';
import { summary as german } from './de-DE/summary.ts';
import { summary as english } from './en-US/summary.ts';

export type SummaryT = ReturnType<typeof summaryText>;

/** The channel summary's texts in `locale`. */
export const summaryText = (locale: SupportedLocale) => cardTranslator(locale, english, german);
