import type { Message } from '../../../shared/i18n/message.ts';
import type { dashboard as english } from '../en-US/dashboard.ts';

/** The dashboard strings in German: every key of the English catalog, with the same placeholders. */
export const dashboard: Record<keyof typeof english, Message> = {
  'dashboard.screen.leadersOnly': 'Das Dashboard ist für die Teamleitung.',
  'dashboard.screen.loading': 'Dashboard wird geladen…',
  'dashboard.screen.loadFailed': 'Das Dashboard konnte nicht geladen werden',
  'dashboard.screen.heading': {
    one: 'Die letzte Woche ({from} bis {to})',
    other: 'Die letzten {count} Wochen ({from} bis {to})',
  },
  'dashboard.chart.showTable': 'Als Tabelle anzeigen',
  'dashboard.chart.week': 'Woche',
  'dashboard.chart.person': 'Person',

  'dashboard.csv.button': 'Als CSV exportieren',
  'dashboard.csv.section': 'Abschnitt',
  'dashboard.csv.week': 'Woche',
  'dashboard.csv.person': 'Person',
  'dashboard.csv.item': 'Eintrag',
  'dashboard.csv.value': 'Wert',
  'dashboard.csv.detail': 'Detail',

  'dashboard.participation.title': 'Teilnahme',
  'dashboard.participation.summary': {
    one: 'Durchschnittlich {average} in {count} Woche; diese Woche bisher {answered} von {expected}.',
    other: 'Durchschnittlich {average} in {count} Wochen; diese Woche bisher {answered} von {expected}.',
  },
  'dashboard.participation.summaryPast': {
    one: 'Durchschnittlich {average} in {count} Woche.',
    other: 'Durchschnittlich {average} in {count} Wochen.',
  },
  'dashboard.participation.empty': 'In diesen Wochen wurden keine Check-ins angefragt.',
  'dashboard.participation.caption': 'Beantwortete Check-ins pro Woche',
  'dashboard.participation.answered': 'Beantwortet',
  'dashboard.participation.expected': 'Erwartet',
  'dashboard.participation.rate': 'Quote',

  'dashboard.confidence.title': 'Zuversicht',
  'dashboard.confidence.summary': 'Letzter Durchschnitt {average} von 5 ({week}).',
  'dashboard.confidence.empty': 'Noch keine Zuversichtswerte.',
  'dashboard.confidence.caption': 'Durchschnittliche Zuversicht pro Woche (1 bis 5)',
  'dashboard.confidence.average': 'Durchschnitt',
  'dashboard.confidence.answers': 'Antworten',

  'dashboard.blockers.title': 'Blockierte Aufgaben nach Dauer',
  'dashboard.blockers.summary': {
    one: '{count} blockierte Aufgabe, davon {old} seit einer Woche oder länger.',
    other: '{count} blockierte Aufgaben, davon {old} seit einer Woche oder länger.',
  },
  'dashboard.blockers.empty': 'Nichts ist blockiert.',
  'dashboard.blockers.caption': 'Blockierte Aufgaben danach, wie lange sie schon blockiert sind',
  'dashboard.blockers.blockedFor': 'Dauer',
  'dashboard.blockers.tasks': 'Aufgaben',
  'dashboard.blockers.age.under3Days': 'Unter 3 Tagen',
  'dashboard.blockers.age.3to6Days': '3–6 Tage',
  'dashboard.blockers.age.1to2Weeks': '1–2 Wochen',
  'dashboard.blockers.age.2WeeksOrMore': '2 Wochen oder länger',

  'dashboard.recurring.title': 'Wiederkehrende Blocker',
  'dashboard.recurring.summary': {
    one: '{count} Blocker in aufeinanderfolgenden Check-ins gemeldet.',
    other: '{count} Blocker in aufeinanderfolgenden Check-ins gemeldet.',
  },
  'dashboard.recurring.empty': 'Kein Blocker kam Woche für Woche wieder.',
  'dashboard.recurring.caption': 'Blocker, die Woche für Woche gemeldet wurden',
  'dashboard.recurring.blocker': 'Blocker',
  'dashboard.recurring.weeksInARow': 'Wochen in Folge',
  'dashboard.recurring.since': 'Seit',
  'dashboard.recurring.weeks': { one: '{count} Woche', other: '{count} Wochen' },

  'dashboard.wip.title': 'Laufende Arbeit pro Person',
  'dashboard.wip.summary': {
    one: 'Limit {limit}; {count} Person liegt darüber.',
    other: 'Limit {limit}; {count} Personen liegen darüber.',
  },
  'dashboard.wip.empty': 'Noch niemand ist im Team.',
  'dashboard.wip.caption': 'Aufgaben in Arbeit und blockierte Aufgaben pro Person',
  'dashboard.wip.doing': 'In Arbeit',
  'dashboard.wip.blocked': 'Blockiert',
  'dashboard.wip.overLimit': 'Über dem Limit',
  'dashboard.wip.yes': 'ja',
  'dashboard.wip.no': 'nein',

  'dashboard.feedback.title': 'Feedback-Rhythmus',
  'dashboard.feedback.summary': {
    one: '{count} Person seit {days} Tagen oder länger ohne Feedback.',
    other: '{count} Personen seit {days} Tagen oder länger ohne Feedback.',
  },
  'dashboard.feedback.empty': 'Noch niemand ist im Team.',
  'dashboard.feedback.caption': 'Tage, seit jede Person zuletzt Feedback erhalten hat',
  'dashboard.feedback.daysSince': 'Tage seitdem',
  'dashboard.feedback.received': 'In diesen Wochen erhalten',
  'dashboard.feedback.never': 'nie',
  'dashboard.feedback.days': '{days} T.',

  'dashboard.recognition.title': 'Erhaltene Anerkennung',
  'dashboard.recognition.summary': '{recognitions} in diesen Wochen; {people} ohne Anerkennung.',
  'dashboard.recognition.recognitions': { one: '{count} Anerkennung', other: '{count} Anerkennungen' },
  'dashboard.recognition.people': { one: '{count} Person', other: '{count} Personen' },
  'dashboard.recognition.empty': 'In diesen Wochen noch keine Anerkennung.',
  'dashboard.recognition.caption': 'Erhaltene und vergebene Anerkennung pro Person',
  'dashboard.recognition.received': 'Erhalten',
  'dashboard.recognition.given': 'Vergeben',

  'dashboard.goals.title': 'Zielfortschritt',
  'dashboard.goals.summary': {
    one: '{count} Ziel; {complete} erreicht.',
    other: '{count} Ziele; {complete} erreicht.',
  },
  'dashboard.goals.empty': 'Noch keine Ziele.',
  'dashboard.goals.caption': 'Fortschritt jedes Ziels, aus seiner Messgröße oder seinen Aufgaben',
  'dashboard.goals.goal': 'Ziel',
  'dashboard.goals.owner': 'Verantwortlich',
  'dashboard.goals.progress': 'Fortschritt',
  'dashboard.goals.tasksDone': 'Erledigte Aufgaben',
  'dashboard.goals.doneOfTotal': '{done} von {total}',
};
