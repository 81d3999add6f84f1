import type { TeamValue } from '../domain/team.ts';
import type { SupportedLocale } from '../i18n/locales.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { openUrlAction } from './card-actions.ts';
import { recognitionText } from './i18n/recognition-text.ts';
import { mentionText } from './welcome-card.ts';

export interface RecognizedPerson {
  name: string;
  /** The Teams user id (`29:…`): with it the person is @mentioned, without it only named. */
  teamsUserId?: string;
}

export interface RecognizedWork {
  kind: 'task' | 'goal';
  title: string;
  /** Where the task or goal opens in the tab. */
  url: string;
}

export interface RecognitionCardInput {
  giverName: string;
  recipients: readonly RecognizedPerson[];
  value: Pick<TeamValue, 'emoji' | 'name'>;
  message: string;
  work?: RecognizedWork;
  /** The channel's language (the team's). */
  locale: SupportedLocale;
}

/** "A", "A and B", "A, B and C" (in German "A, B und C"). */
export function listed(names: readonly string[], locale: SupportedLocale): string {
  if (names.length <= 1) return names.join('');
  const first = names.slice(0, -1).join(', ');
  return recognitionText(locale)('card.recognition.listAnd', { first, last: names.at(-1) ?? '' });
}

function nameInCard(person: RecognizedPerson): string {
  return person.teamsUserId
    ? mentionText({ teamsUserId: person.teamsUserId, name: person.name })
    : plainText(person.name);
}

/** The badge's text, e.g. "🎯 Ownership". */
export function valueBadge(value: Pick<TeamValue, 'emoji' | 'name'>): string {
  return `${value.emoji} ${value.name}`.trim();
}

/**
 * Posted in the team's channel: the value's badge, who recognised whom (every recipient with a Teams id
 * is a real @mention), the message as plain text, and the linked task or goal.
 */
export function recognitionCard(input: RecognitionCardInput): AdaptiveCard {
  const { giverName, recipients, value, message, work, locale } = input;
  const t = recognitionText(locale);
  const mentioned = recipients.flatMap((person) =>
    person.teamsUserId ? [{ teamsUserId: person.teamsUserId, name: person.name }] : [],
  );
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: plainText(valueBadge(value)),
      size: 'Large',
      weight: 'Bolder',
      color: 'Accent',
      wrap: true,
    },
    {
      type: 'TextBlock',
      text: t('card.recognition.recognised', {
        giver: plainText(giverName),
        recipients: listed(recipients.map(nameInCard), locale),
      }),
      weight: 'Bolder',
      wrap: true,
    },
    { type: 'TextBlock', text: plainText(message), wrap: true, spacing: 'Medium' },
  ];
  if (work) {
    body.push({
      type: 'TextBlock',
      text: t(work.kind === 'task' ? 'card.recognition.task' : 'card.recognition.goal', {
        title: plainText(work.title),
      }),
      isSubtle: true,
      size: 'Small',
      wrap: true,
      spacing: 'Medium',
    });
  }
  return adaptiveCard(body, {
    ...(work
      ? {
          actions: [
            openUrlAction(
              t(work.kind === 'task' ? 'card.recognition.openTask' : 'card.recognition.openGoal'),
              work.url,
            ),
          ],
        }
      : {}),
    msteams: {
      entities: mentioned.map((person) => ({
        type: 'mention',
        text: mentionText(person),
        mentioned: { id: person.teamsUserId, name: person.name },
      })),
    },
  });
}

/** The notification text of the channel post. */
export function recognitionSummary(
  input: Pick<RecognitionCardInput, 'giverName' | 'recipients' | 'value' | 'locale'>,
): string {
  return recognitionText(input.locale)('card.recognition.summary', {
    giver: input.giverName,
    recipients: listed(
      input.recipients.map((p) => p.name),
      input.locale,
    ),
    badge: valueBadge(input.value),
  });
}
