import type { SupportedLocale } from '../../i18n/locales.ts';
import { cardTranslator } from './card-translator.ts';
import { tasks as german } from './de-DE/tasks.ts';
import { tasks as english } from './en-US/tasks.ts';

/** The tasks catalog's translator for a reader's locale. */
export const tasksText = (locale: SupportedLocale) => cardTranslator(locale, english, german);

export type TasksT = ReturnType<typeof tasksText>;
