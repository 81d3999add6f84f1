import type { SupportedLocale } from '../i18n/locales.ts';
import { adaptiveCard, plainText, type AdaptiveCard } from './adaptive-card.ts';
import { welcomeText } from './i18n/welcome-text.ts';

export interface MentionedPerson {
  /** The Teams user id (`29:…`) the mention points at. */
  teamsUserId: string;
  name: string;
}

/** The `<at>` text of a mention: it must appear verbatim both in the card text and in the mention entity. */
export function mentionText(person: MentionedPerson): string {
  return `<at>${plainText(person.name)}</at>`;
}

/** Posted once in the channel when Cadence is installed, @mentioning the person who installed it. */
export function welcomeCard(installer: MentionedPerson, locale: SupportedLocale): AdaptiveCard {
  const t = welcomeText(locale);
  const mention = mentionText(installer);
  return adaptiveCard(
    [
      { type: 'TextBlock', text: t('card.welcome.title'), weight: 'Bolder', size: 'Medium' },
      { type: 'TextBlock', text: t('card.welcome.thanks', { mention }), wrap: true },
      { type: 'TextBlock', text: t('card.welcome.leads', { mention }), wrap: true },
    ],
    {
      msteams: {
        entities: [
          {
            type: 'mention',
            text: mention,
            mentioned: { id: installer.teamsUserId, name: installer.name },
          },
        ],
      },
    },
  );
}
