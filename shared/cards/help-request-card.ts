import { LIMITS } from '../domain/limits.ts';
import type { SupportedLocale } from '../i18n/locales.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { openUrlAction } from './card-actions.ts';
import { weekText } from './check-in-dates.ts';
import { clip } from './check-in-card-input.ts';
import { checkInText } from './i18n/check-in-text.ts';
import { commonText } from './i18n/common-text.ts';

export interface HelpRequestCardInput {
  /** The helper's language. */
  locale: SupportedLocale;
  teamName: string;
  requesterName: string;
  week: string;
  blockers: readonly string[];
  note: string;
  /** The blocked task, when the check-in names one. */
  taskTitle?: string | undefined;
  /** The task in the tab, or the board when there is no task. */
  url: string;
}

/** Sent 1:1 to the teammate named in "need help from": who asks, what blocks them, and where the work is. */
export function helpRequestCard(input: HelpRequestCardInput): AdaptiveCard {
  const t = checkInText(input.locale);
  const common = commonText(input.locale);
  const requester = plainText(clip(input.requesterName, LIMITS.name));
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: t('card.checkIn.helpRequest.title', { name: requester }),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    {
      type: 'TextBlock',
      text: t('card.checkIn.helpRequest.from', {
        team: plainText(input.teamName),
        week: weekText(input.week, input.locale),
      }),
      isSubtle: true,
      spacing: 'None',
      wrap: true,
    },
  ];
  if (input.taskTitle) {
    body.push({
      type: 'FactSet',
      facts: [{ title: t('card.checkIn.helpRequest.task'), value: plainText(input.taskTitle) }],
    });
  }
  if (input.blockers.length > 0) {
    body.push(
      {
        type: 'TextBlock',
        text: t('card.checkIn.helpRequest.blockers'),
        weight: 'Bolder',
        wrap: true,
        spacing: 'Medium',
      },
      ...input.blockers.map((blocker) => ({
        type: 'TextBlock',
        text: `• ${plainText(blocker)}`,
        wrap: true,
        spacing: 'None',
      })),
    );
  }
  if (input.note) {
    body.push(
      {
        type: 'TextBlock',
        text: t('card.checkIn.helpRequest.note'),
        weight: 'Bolder',
        wrap: true,
        spacing: 'Medium',
      },
      { type: 'TextBlock', text: plainText(input.note), wrap: true },
    );
  }
  body.push({
    type: 'TextBlock',
    text: t('card.checkIn.helpRequest.reply', { name: requester }),
    isSubtle: true,
    wrap: true,
  });
  const open = common(input.taskTitle ? 'card.common.openTask' : 'card.common.openBoard');
  return adaptiveCard(body, { actions: [openUrlAction(open, input.url)] });
}
