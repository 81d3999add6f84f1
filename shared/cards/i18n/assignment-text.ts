import type { SupportedLocale } from '../../i18n/locales.ts';
import { cardTranslator } from './card-translator.ts';
import { assignment as german } from './de-DE/assignment.ts';
import { assignment as english } from './en-US/assignment.ts';

/** The assignment catalog's translator for a reader's locale. */
export const assignmentText = (locale: SupportedLocale) => cardTranslator(locale, english, german);

export type AssignmentT = ReturnType<typeof assignmentText>;
