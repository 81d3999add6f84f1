import { adaptiveCard, plainText, type AdaptiveCard } from './adaptive-card.ts';

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
export function welcomeCard(installer: MentionedPerson): AdaptiveCard {
  const mention = mentionText(installer);
  return adaptiveCard(
    [
      { type: 'TextBlock', text: 'Cadence is here', weight: 'Bolder', size: 'Medium' },
      {
        type: 'TextBlock',
        text: `Thanks ${mention} for adding me. I help this team keep small commitments visible: goals, tasks, weekly check-ins and recognition.`,
        wrap: true,
      },
      {
        type: 'TextBlock',
        text: `${mention} leads the team in Cadence for now. Type help to see what I can do.`,
        wrap: true,
      },
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
