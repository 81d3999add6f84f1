import type { Catalog } from '../../../i18n/message.ts';

/** The check-in reminder in American English: the default, and the keys other languages translate. */
export const reminder = {
  'card.reminder.title': 'Check-in reminder',
  'card.reminder.text': 'Hi {name}, your {week} check-in for {team} is still open.',
  'card.reminder.answerBy': 'Answer by',
  'card.reminder.hint':
    'It takes a minute: update your tasks, note any blocker and win, and say how confident you feel.',
  'card.reminder.checkInNow': 'Check in now',
  'card.reminder.summary': 'Reminder: your check-in for {week}',
} as const satisfies Catalog;
