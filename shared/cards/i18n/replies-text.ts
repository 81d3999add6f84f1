import type { SupportedLocale } from '../../i18n/locales.ts';
import { cardTranslator } from './card-translator.ts';
import { replies as german } from './de-DE/replies.ts';
import { replies as english } from './en-US/replies.ts';

export type RepliesT = ReturnType<typeof repliesText>;

/** The bot's text replies' texts in `locale`. */
export const repliesText = (locale: SupportedLocale) => cardTranslator(locale, english, german);
