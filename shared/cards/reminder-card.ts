import { adaptiveCard, plainText, type AdaptiveCard } from './adaptive-card.ts';
import { executeAction } from './card-actions.ts';
import { localDateTimeText, weekText } from './check-in-dates.ts';

export interface ReminderCardInput {
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
  const data = { teamId: input.teamId, week: input.week, userId: input.userId };
  const deadline = localDateTimeText(input.closesAt, input.timeZone);
  return adaptiveCard(
    [
      { type: 'TextBlock', text: 'Check-in reminder', weight: 'Bolder', size: 'Medium', wrap: true },
      {
        type: 'TextBlock',
        text: `Hi ${plainText(input.name)}, your ${weekText(input.week)} check-in for ${plainText(input.teamName)} is still open.`,
        wrap: true,
      },
      {
        type: 'FactSet',
        facts: [{ title: 'Answer by', value: deadline }],
      },
      {
        type: 'TextBlock',
        text: 'It takes a minute: update your tasks, note any blocker and win, and say how confident you feel.',
        wrap: true,
        isSubtle: true,
      },
    ],
    { actions: [executeAction({ title: 'Check in now', verb: 'checkinRefresh', data, style: 'positive' })] },
  );
}
