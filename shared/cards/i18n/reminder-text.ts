import type { SupportedLocale } from '../../i18n/locales.ts';
import { cardTranslator } from './card-translator.ts';
import { reminder as german } from './de-DE/reminder.ts';
import { reminder as english } from './en-US/reminder.ts';

export type ReminderT = ReturnType<typeof reminderText>;

/** The reminder card's texts in `locale`. */
export const reminderText = (locale: SupportedLocale) => cardTranslator(locale, english, german);
