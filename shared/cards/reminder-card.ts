import type { SupportedLocale } from '../i18n/locales.ts';
import { adaptiveCard, plainText, type AdaptiveCard } from './adaptive-card.ts';
import { executeAction } from './card-actions.ts';
import { localDateTimeText, weekText } from './check-in-dates.ts';
import { reminderText } from './i18n/reminder-text.ts';

export interface ReminderCardInput {
  /** The member's language. */
  locale: SupportedLocale;
  teamId: string;
  teamName: string;
  week: string;
  /** Whose check-in: the reminder's button opens it (it is theirs alone). */
  userId: string;
  name: string;
  /** When the window closes, shown on the member's own clock. */
  closesAt: Date;
  timeZone: string;
}

/**
 * The one reminder a non-responder gets, 1:1, late in the window. Its button is the check-in card's own
 * refresh (`checkinRefresh` with the card's team, week and member), so the reminder turns into the
 * check-in card in place: answered already on another device, it shows the answer instead.
 */
export function reminderCard(input: ReminderCardInput): AdaptiveCard {
  const t = reminderText(input.locale);
  const data = { teamId: input.teamId, week: input.week, userId: input.userId };
  const deadline = localDateTimeText(input.closesAt, input.timeZone, input.locale);
  return adaptiveCard(
    [
      { type: 'TextBlock', text: t('card.reminder.title'), weight: 'Bolder', size: 'Medium', wrap: true },
      {
        type: 'TextBlock',
        text: t('card.reminder.text', {
          name: plainText(input.name),
          week: weekText(input.week, input.locale),
          team: plainText(input.teamName),
        }),
        wrap: true,
      },
      {
        type: 'FactSet',
        facts: [{ title: t('card.reminder.answerBy'), value: deadline }],
      },
      { type: 'TextBlock', text: t('card.reminder.hint'), wrap: true, isSubtle: true },
    ],
    {
      actions: [
        executeAction({
          title: t('card.reminder.checkInNow'),
          verb: 'checkinRefresh',
          data,
          style: 'positive',
        }),
      ],
    },
  );
}
