import type { Message } from '../../../i18n/message.ts';
import type { help as english } from '../en-US/help.ts';

/** The help card in German (du-form, as Teams speaks): every key of the English catalog, with the same placeholders. */
export const help: Record<keyof typeof english, Message> = {
  'card.help.title': 'Cadence',
  'card.help.intro':
    'Kleine Aufgaben, wöchentliche Check-ins, konkretes Feedback. Gib einen dieser Befehle ein:',
  'card.help.summary': 'Cadence-Hilfe',
  'card.help.command.help': 'Zeigt, was Cadence kann.',
  'card.help.command.checkin': 'Den Check-in dieser Woche jetzt beantworten.',
  'card.help.command.tasks': 'Deine offenen Aufgaben anzeigen.',
  'card.help.command.recognize': 'Ein Teammitglied im Kanal anerkennen.',
  'card.help.command.feedback': 'Einem Teammitglied konkretes, privates Feedback geben.',
  'card.help.command.pause':
    'Deine Check-ins bis zu einem Datum pausieren, z. B. pause 2026-12-31 oder pause 2 weeks.',
  'card.help.command.resume': 'Deine Check-ins fortsetzen.',
};
