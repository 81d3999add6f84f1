import type { Message } from '../../../i18n/message.ts';
import type { reminder as english } from '../en-US/reminder.ts';

/** The check-in reminder in German (du-form, as Teams speaks): every key of the English catalog, with the same placeholders. */
export const reminder: Record<keyof typeof english, Message> = {
  'card.reminder.title': 'Check-in-Erinnerung',
  'card.reminder.text': 'Hallo {name}, dein Check-in für {week} in {team} ist noch offen.',
  'card.reminder.answerBy': 'Antworten bis',
  'card.reminder.hint':
    'Es dauert nur eine Minute: Aktualisiere deine Aufgaben, notiere Blocker und Erfolge und sag, wie zuversichtlich du bist.',
  'card.reminder.checkInNow': 'Jetzt einchecken',
  'card.reminder.summary': 'Erinnerung: dein Check-in für {week}',
};
