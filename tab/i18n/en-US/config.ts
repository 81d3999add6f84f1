import type { Catalog } from '../../../shared/i18n/message.ts';
import type { Translate } from '../../../shared/i18n/translate.ts';
import { useTranslator } from '../i18n.tsx';

/**
 * The config strings in American English: the default, and the keys other languages translate. They ship
 * with the code that shows them, so a lazy screen's words load with the screen.
 */
export const config = {
  'config.loading': 'Loading…',
  'config.title': 'Add Cadence to this channel',
  'config.intro':
    "The tab shows your team's goals, tasks and feedback. Choose its name and the screen it opens on, then select Save.",
  'config.name.label': 'Tab name',
  'config.name.hint': 'Shown on the tab in your channel.',
  'config.name.required': 'Give the tab a name.',
  'config.name.tooLong': 'Keep the name to {max} characters.',
  'config.view.label': 'Open on',
  'config.outside.title': 'Set up Cadence in Teams',
  'config.outside.body':
    'Teams shows this page when you add Cadence as a tab to a channel. Opened on its own there is nothing to set up.',
  'config.outside.openBoard': 'Open the board',
} as const satisfies Catalog;

export type ConfigT = Translate<keyof typeof config>;

export function useConfigT(): ConfigT {
  return useTranslator(config);
}
