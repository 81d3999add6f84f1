import type { Catalog } from '../../../shared/i18n/message.ts';
import type { Translate } from '../../../shared/i18n/translate.ts';
import { useTranslator } from '../i18n.tsx';

/**
 * The history strings in American English: the default, and the keys other languages translate. They ship
 * with the code that shows them, so a lazy screen's words load with the screen.
 */
export const history = {} as const satisfies Catalog;

export type HistoryT = Translate<keyof typeof history>;

export function useHistoryT(): HistoryT {
  return useTranslator(history);
}
