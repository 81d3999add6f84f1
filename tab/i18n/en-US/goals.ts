import type { Catalog } from '../../../shared/i18n/message.ts';
import type { Translate } from '../../../shared/i18n/translate.ts';
import { useTranslator } from '../i18n.tsx';

/**
 * The goals strings in American English: the default, and the keys other languages translate. They ship
 * with the code that shows them, so a lazy screen's words load with the screen.
 */
export const goals = {} as const satisfies Catalog;

export type GoalsT = Translate<keyof typeof goals>;

export function useGoalsT(): GoalsT {
  return useTranslator(goals);
}
