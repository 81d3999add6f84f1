import type { Catalog } from '../../../shared/i18n/message.ts';
import type { Translate } from '../../../shared/i18n/translate.ts';
import { useTranslator } from '../i18n.tsx';

/**
 * The shell strings in American English: the default, and the keys other languages translate. They ship
 * with the code that shows them, so a lazy screen's words load with the screen.
 */
export const shell = {} as const satisfies Catalog;

export type ShellT = Translate<keyof typeof shell>;

export function useShellT(): ShellT {
  return useTranslator(shell);
}
