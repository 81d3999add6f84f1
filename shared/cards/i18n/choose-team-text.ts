import type { SupportedLocale } from '../../i18n/locales.ts';
import { cardTranslator } from './card-translator.ts';
import { chooseTeam as german } from './de-DE/choose-team.ts';
import { chooseTeam as english } from './en-US/choose-team.ts';

export type ChooseTeamT = ReturnType<typeof chooseTeamText>;

/** The "which team?" card's texts in `locale`. */
export const chooseTeamText = (locale: SupportedLocale) => cardTranslator(locale, english, german);
