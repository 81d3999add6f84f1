import type { Message } from '../../../i18n/message.ts';
import type { summary as english } from '../en-US/summary.ts';

/** The weekly channel summary in German (du-form, as Teams speaks): every key of the English catalog, with the same placeholders. */
export const summary: Record<keyof typeof english, Message> = {
  'card.summary.title': 'Check-in-Zusammenfassung · {week}',
  'card.summary.participation': 'Beteiligung',
  'card.summary.answered': '{answered} von {expected} haben geantwortet ({percent} %)',
  'card.summary.everyoneAnswered': 'Alle Erwarteten haben geantwortet. Danke!',
  'card.summary.stillMissing': 'Es fehlen noch: {names}',
  'card.summary.blockers': 'Blocker ({count})',
  'card.summary.noBlockers': 'Keine Blocker gemeldet.',
  'card.summary.blockerAge': { one: 'seit {count} Tag', other: 'seit {count} Tagen' },
  'card.summary.recurring': {
    one: 'wiederkehrend, {count} Woche in Folge',
    other: 'wiederkehrend, {count} Wochen in Folge',
  },
  'card.summary.overdue': 'Überfällige Aufgaben ({count})',
  'card.summary.nothingOverdue': 'Nichts überfällig.',
  'card.summary.late': { one: '{count} Tag überfällig', other: '{count} Tage überfällig' },
  'card.summary.wins': 'Erfolge ({count})',
  'card.summary.noWins': 'Noch keine Erfolge geteilt.',
  'card.summary.confidence': 'Zuversicht',
  'card.summary.rising': 'steigend',
  'card.summary.falling': 'fallend',
  'card.summary.steady': 'stabil',
  'card.summary.notification':
    'Check-in-Zusammenfassung {week}: {answered} von {expected} haben geantwortet, {blockers} Blocker, {overdue} überfällig',
};
