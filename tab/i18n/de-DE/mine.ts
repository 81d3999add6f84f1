import type { Message } from '../../../shared/i18n/message.ts';
import type { mine as english } from '../en-US/mine.ts';

/** The "My tasks" strings in German: every key of the English catalog, with the same placeholders. */
export const mine: Record<keyof typeof english, Message> = {
  'mine.title': 'Meine Aufgaben',
  'mine.subtitle': 'Deine offenen Aufgaben und Check-ins aus allen Teams, die Cadence nutzen.',
  'mine.loading': 'Deine Aufgaben werden geladen…',
  'mine.error.title': 'Deine Aufgaben konnten nicht geladen werden',
  'mine.noTeams.title': 'Du bist noch in keinem Team mit Cadence',
  'mine.noTeams.body':
    'Sobald ein Team, in dem du Mitglied bist, Cadence hinzufügt, erscheinen deine Aufgaben und Check-ins aus diesem Team hier.',
  'mine.team.tasks': { one: '{count} offene Aufgabe', other: '{count} offene Aufgaben' },
  'mine.team.tasksHeading': 'Offene Aufgaben in {team}',
  'mine.empty': 'Keine offenen Aufgaben – super.',
  'mine.status.todo': 'Zu erledigen',
  'mine.status.doing': 'In Arbeit',
  'mine.status.blocked': 'Blockiert',
  'mine.task.due': 'Fällig am {date}',
  'mine.task.overdue': 'Überfällig seit {date}',
  'mine.task.noDue': 'Kein Fälligkeitsdatum',
  'mine.task.goal': 'Ziel: {goal}',
  'mine.task.open': '„{title}“ in der Registerkarte des Teams öffnen',
  'mine.checkIn.title': 'Check-in dieser Woche',
  'mine.checkIn.open': 'Offen bis {when}. Du hast noch nicht geantwortet.',
  'mine.checkIn.answered': 'Beantwortet, Zuversicht {confidence} von 5.',
  'mine.checkIn.answeredEditable':
    'Beantwortet, Zuversicht {confidence} von 5. Du kannst die Antwort bis {when} ändern.',
  'mine.checkIn.upcoming': 'Noch nicht offen. Der nächste Check-in startet am {when}.',
  'mine.checkIn.paused': 'Pausiert bis {date}.',
  'mine.checkIn.howTo': 'Check-ins beantwortest du im Chat mit Cadence: Schreibe dort checkin.',
  'mine.checkIn.recent': 'Letzte Wochen',
  'mine.checkIn.week': 'KW {number}',
  'mine.checkIn.weekAnswered': 'Zuversicht {confidence} von 5',
  'mine.checkIn.weekMissed': 'Nicht beantwortet',
  'mine.checkIn.noRecent': 'Noch keine früheren Check-ins.',
};
