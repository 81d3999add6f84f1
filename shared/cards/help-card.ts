import type { SupportedLocale } from '../i18n/locales.ts';
import { adaptiveCard, type AdaptiveCard } from './adaptive-card.ts';
import { helpText } from './i18n/help-text.ts';

export interface HelpCommand {
  command: string;
  description: string;
}

/** What Cadence's bot can do, as a card. The command list is passed in so it cannot drift from the registry. */
export function helpCard(commands: readonly HelpCommand[], locale: SupportedLocale): AdaptiveCard {
  const t = helpText(locale);
  return adaptiveCard([
    { type: 'TextBlock', text: t('card.help.title'), weight: 'Bolder', size: 'Medium' },
    { type: 'TextBlock', text: t('card.help.intro'), wrap: true },
    {
      type: 'FactSet',
      facts: commands.map(({ command, description }) => ({ title: command, value: description })),
    },
  ]);
}
