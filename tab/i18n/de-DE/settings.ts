import type { Message } from '../../../shared/i18n/message.ts';
import type { settings as english } from '../en-US/settings.ts';

/** The settings strings in German: every key of the English catalog, with the same placeholders. */
export const settings: Record<keyof typeof english, Message> = {
  'settings.screen.label': 'Einstellungen',
  'settings.screen.title': 'Teameinstellungen',
  'settings.screen.loading': 'Einstellungen werden geladen…',
  'settings.screen.loadFailed': 'Die Einstellungen konnten nicht geladen werden',
  'settings.screen.saved': 'Einstellungen gespeichert',

  'settings.schedule.title': 'Check-in-Zeitplan',
  'settings.schedule.day': 'Tag',
  'settings.schedule.localTime': 'Ortszeit',
  'settings.schedule.localTimeHint': 'In der eigenen Zeitzone jeder Person',
  'settings.schedule.windowHours': 'Antworten möglich für (Stunden)',
  'settings.schedule.reminderPercent': 'Erinnerung bei (% des Zeitfensters)',
  'settings.schedule.frequency': 'Wie oft',
  'settings.schedule.weekly': 'Jede Woche',
  'settings.schedule.biweekly': 'Jede zweite Woche',
  'settings.schedule.previewInvalid':
    'Korrigiere den Zeitplan oben, um zu sehen, wann der nächste Check-in verschickt wird.',

  'settings.preview.weekly':
    'Nächster Check-in: {day} {date}, {time} Uhr in der eigenen Zeitzone jeder Person (jede Woche). ' +
    'Antworten sind {windowHours} Std. lang möglich; wer nicht geantwortet hat, wird nach {reminderHours} Std. ' +
    'einmal erinnert.',
  'settings.preview.biweekly':
    'Nächster Check-in: {day} {date}, {time} Uhr in der eigenen Zeitzone jeder Person (jede zweite Woche). ' +
    'Antworten sind {windowHours} Std. lang möglich; wer nicht geantwortet hat, wird nach {reminderHours} Std. ' +
    'einmal erinnert.',

  'settings.questions.title': 'Fragen',
  'settings.questions.hint':
    'Werden bei jedem Check-in nach Aufgaben, Blockern und Erfolgen gestellt ({count} von {max}).',
  'settings.questions.label': 'Frage {number}',
  'settings.questions.moveUp': 'Frage {number} nach oben verschieben',
  'settings.questions.moveDown': 'Frage {number} nach unten verschieben',
  'settings.questions.remove': 'Frage {number} entfernen',
  'settings.questions.add': 'Frage hinzufügen',
  'settings.questions.full': 'Höchstens {max} Fragen',

  'settings.values.title': 'Werte und Abzeichen',
  'settings.values.emptyHint': 'Noch keine eigenen Werte: Für Anerkennungen stehen {defaults} zur Auswahl.',
  'settings.values.hint': 'Anerkennung wird für einen dieser Werte vergeben ({count} von {max}).',
  'settings.values.emoji': 'Emoji',
  'settings.values.label': 'Wert {number}',
  'settings.values.description': 'Beschreibung',
  'settings.values.moveUp': 'Wert {number} nach oben verschieben',
  'settings.values.moveDown': 'Wert {number} nach unten verschieben',
  'settings.values.remove': 'Wert {number} entfernen',
  'settings.values.add': 'Wert hinzufügen',
  'settings.values.full': 'Höchstens {max} Werte',
  'settings.values.defaults': 'Mit den Standardwerten beginnen',

  'settings.leaders.title': 'Teamleitung',
  'settings.leaders.hint':
    'Die Teamleitung ändert diese Einstellungen, setzt Ziele und erhält die wöchentliche Zusammenfassung. ' +
    'Ein Team braucht mindestens eine leitende Person.',
  'settings.leaders.me': '{name} (ich)',

  'settings.work.title': 'Laufende Arbeit und Zeitzone',
  'settings.work.wipLimit': 'WIP-Limit (laufende Aufgaben pro Person)',
  'settings.timeZone.label': 'Zeitzone des Teams',
  'settings.timeZone.hint': 'Für Personen ohne eigene Zeitzone und für die Zusammenfassung im Kanal',
  'settings.timeZone.noMatch': 'Keine passende Zeitzone',

  'settings.form.conflictTitle': 'Jemand anderes hat die Einstellungen geändert',
  'settings.form.conflictBody':
    'Deine Änderungen wurden nicht gespeichert. Lade neu, um die andere Version zu sehen, und nimm deine Änderungen dann erneut vor.',
  'settings.form.reload': 'Neu laden',
  'settings.form.invalid': {
    one: 'Ein Feld muss vor dem Speichern korrigiert werden.',
    other: '{count} Felder müssen vor dem Speichern korrigiert werden.',
  },
  'settings.form.save': 'Einstellungen speichern',
  'settings.form.saving': 'Wird gespeichert…',
  'settings.form.discard': 'Änderungen verwerfen',
  'settings.form.dirty': 'Nicht gespeicherte Änderungen',
  'settings.form.clean': 'Alle Änderungen gespeichert',

  'settings.error.localTime': 'Gib eine Uhrzeit wie 09:00 ein.',
  'settings.error.windowHours': 'Gib ganze Stunden von 1 bis 168 ein.',
  'settings.error.reminderPercent': 'Gib einen Anteil von 10 bis 95 % ein.',
  'settings.error.wipLimit': 'Gib ein Limit von 1 bis 50 ein.',
  'settings.error.timeZone': 'Wähle eine Zeitzone aus der Liste aus.',
  'settings.error.leaders': 'Ein Team braucht mindestens eine leitende Person.',
  'settings.error.question': 'Formuliere die Frage oder entferne sie.',
  'settings.error.valueName': 'Gib dem Wert einen Namen oder entferne ihn.',
  'settings.error.valueEmoji': 'Wähle ein Emoji für das Abzeichen aus.',
  'settings.error.unknown': 'Etwas ist schiefgelaufen. Versuche es noch einmal.',
  'settings.error.forbidden': 'Nur die Teamleitung kann die Einstellungen ändern.',

  'settings.summary.readOnly': 'Nur die Teamleitung kann diese Einstellungen ändern.',
  'settings.summary.work':
    'WIP-Limit (laufende Aufgaben pro Person): {wipLimit}. Zeitzone des Teams: {timeZone}.',
  'settings.summary.noQuestions': 'Das Team hat keine eigenen Fragen.',
  'settings.summary.noLeaders': 'Kein aktuelles Mitglied leitet dieses Team.',
};
