import type { Message } from '../../../i18n/message.ts';
import type { tasks as english } from '../en-US/tasks.ts';

/** The `tasks` card in German: every key of the English catalog, with the same placeholders. */
export const tasks: Record<keyof typeof english, Message> = {
  'card.tasks.title': 'Deine offenen Aufgaben',
  'card.tasks.titleEmpty': 'Keine offenen Aufgaben',
  'card.tasks.openCount': { one: '1 offene Aufgabe', other: '{count} offene Aufgaben' },
  'card.tasks.openCountOverdue': {
    one: '1 offene Aufgabe, {overdue} überfällig',
    other: '{count} offene Aufgaben, {overdue} überfällig',
  },
  'card.tasks.empty': 'Gerade wartet nichts auf dich. Nimm dir etwas vom Board, wenn du so weit bist.',
  'card.tasks.group.doing': 'In Arbeit ({count})',
  'card.tasks.group.blocked': 'Blockiert ({count})',
  'card.tasks.group.todo': 'Zu erledigen ({count})',
  'card.tasks.more': 'Und {count} weitere auf dem Board.',
  'card.tasks.doneLately': 'Kürzlich erledigt',
  'card.tasks.blockedReason': 'Blockiert: {reason}',
  'card.tasks.goal': 'Ziel: {goal}',
  'card.tasks.doneOn': 'Erledigt am {day}',
  'card.tasks.overdue': 'Überfällig: war fällig am {day}',
  'card.tasks.dueToday': 'Heute fällig, {day}',
  'card.tasks.due': 'Fällig am {day}',
  'card.tasks.open': 'Öffnen',
  'card.tasks.openBoard': 'Board öffnen',
  'card.tasks.summaryEmpty': 'Keine offenen Aufgaben',
  'card.tasks.summary': { one: 'Deine offene Aufgabe', other: 'Deine {count} offenen Aufgaben' },
};
