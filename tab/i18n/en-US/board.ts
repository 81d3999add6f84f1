import type { Catalog } from '../../../shared/i18n/message.ts';
import type { Translate } from '../../../shared/i18n/translate.ts';
import { useTranslator } from '../i18n.tsx';

/**
 * The board strings in American English: the default, and the keys other languages translate. They ship
 * with the code that shows them, so a lazy screen's words load with the screen.
 */
export const board = {} as const satisfies Catalog;

export type BoardT = Translate<keyof typeof board>;

export function useBoardT(): BoardT {
  return useTranslator(board);
}
