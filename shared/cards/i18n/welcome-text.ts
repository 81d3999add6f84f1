import type { SupportedLocale } from '../../i18n/locales.ts';
import { cardTranslator } from './card-translator.ts';
import { welcome as german } from './de-DE/welcome.ts';
import { welcome as english } from './en-US/welcome.ts';

export type WelcomeT = ReturnType<typeof welcomeText>;

/** The welcome's texts in `locale`. */
export const welcomeText = (locale: SupportedLocale) => cardTranslator(locale, english, german);
