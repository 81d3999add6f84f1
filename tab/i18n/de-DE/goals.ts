import type { Message } from '../../../shared/i18n/message.ts';
import type { goals as english } from '../en-US/goals.ts';

/** The goals strings in German: every key of the English catalog, with the same placeholders. */
export const goals: Record<keyof typeof english, Message> = {
  'goals.screen.title': 'Ziele',
  'goals.screen.new': 'Neues Ziel',
  'goals.screen.empty': 'Noch keine Ziele.',
  'goals.screen.leadersSet': 'Die Ziele legen deine Teamleitungen fest.',
  'goals.screen.formerMember': 'Ehemaliges Mitglied',
  'goals.screen.ok': 'OK',

  'goals.status.active': 'aktiv',
  'goals.status.done': 'erreicht',
  'goals.status.archived': 'archiviert',

  'goals.conflict.title': 'Von jemand anderem geändert',
  'goals.conflict.theirs': 'Die andere Version: „{statement}“ ({status}).',
  'goals.conflict.theirsDue': 'Die andere Version: „{statement}“ ({status}, fällig am {dueDate}).',

  'goals.card.owner': 'Verantwortlich: {name}',
  'goals.card.due': 'Fällig am {date}',
  'goals.card.smart': 'SMART',
  'goals.card.notSmart': { one: 'Nicht SMART: {count} fehlt', other: 'Nicht SMART: {count} fehlen' },
  'goals.card.missing': 'Es fehlt: {criteria}',
  'goals.card.progress': 'Fortschritt {percent} %',
  'goals.card.noTasks': 'Noch keine Aufgaben',
  'goals.card.tasksDone': {
    one: '{done} von {count} Aufgabe erledigt',
    other: '{done} von {count} Aufgaben erledigt',
  },
  'goals.card.measure': '{metric}: {baseline} → {current} → {target}',
  'goals.card.measureUnit': '{metric}: {baseline} → {current} → {target} {unit}',
  'goals.card.unknown': '?',
  'goals.card.edit': 'Bearbeiten',
  'goals.card.archive': 'Archivieren',
  'goals.card.delete': 'Löschen',
  'goals.card.confirmDelete': 'Löschen bestätigen',
  'goals.card.keep': 'Behalten',

  'goals.dialog.newTitle': 'Neues Ziel',
  'goals.dialog.editTitle': 'Ziel bearbeiten',
  'goals.dialog.loadTheirs': 'Die andere Version laden',
  'goals.dialog.statement': 'Ziel',
  'goals.dialog.statementHint': 'Was ändert sich, um wie viel, bis wann?',
  'goals.dialog.owner': 'Verantwortlich',
  'goals.dialog.dueDate': 'Fälligkeitsdatum',
  'goals.dialog.description': 'Beschreibung',
  'goals.dialog.save': 'Ziel speichern',
  'goals.dialog.saving': 'Wird gespeichert…',
  'goals.dialog.cancel': 'Abbrechen',
  'goals.dialog.measureIncomplete':
    'Gib eine Kennzahl, einen Ausgangswert und einen Zielwert (Zahlen) an, oder lasse alle Felder leer.',

  'goals.measure.legend': 'Messgröße (optional)',
  'goals.measure.metric': 'Kennzahl',
  'goals.measure.unit': 'Einheit',
  'goals.measure.baseline': 'Ausgangswert',
  'goals.measure.current': 'Aktuell',
  'goals.measure.target': 'Zielwert',

  'goals.error.generic': 'Etwas ist schiefgelaufen. Versuche es noch einmal.',
  'goals.error.forbidden': 'Nur Teamleitungen können Ziele ändern.',
  'goals.error.hasTasks': 'Zu diesem Ziel gibt es noch Aufgaben: Verschiebe oder lösche sie zuerst.',
  'goals.error.gone': 'Dieses Ziel gibt es nicht mehr.',
  'goals.error.field': 'Überprüfe {field}: {message}',

  'goals.smart.title': 'SMART-Prüfung',
  'goals.smart.passed': 'Dieses Ziel ist SMART.',
  'goals.smart.met': ': erfüllt',
  'goals.smart.notMet': ': fehlt',
  'goals.smart.suggested': 'Vorschlag:',
  'goals.smart.useSuggestion': 'Vorschlag übernehmen',
  'goals.smart.criterion.specific': 'Spezifisch',
  'goals.smart.criterion.measurable': 'Messbar',
  'goals.smart.criterion.achievable': 'Erreichbar',
  'goals.smart.criterion.relevant': 'Relevant (hat eine verantwortliche Person)',
  'goals.smart.criterion.timeBound': 'Terminiert',
  'goals.smart.hint.empty': 'Beschreibe, was du erreichen willst.',
  'goals.smart.hint.vague':
    'Zu vage: Nenne, was sich ändern soll, zum Beispiel welche Kennzahl, welches Produkt oder welche Kunden.',
  'goals.smart.hint.short': 'Werde konkreter: Was genau ändert sich, für wen oder wo?',
  'goals.smart.hint.measurable':
    'Nenne eine Zahl: wie viel, von welchem Ausgangswert zu welchem Zielwert (zum Beispiel „um 10 %“).',
  'goals.smart.hint.sameTarget': 'Der Zielwert ist gleich dem Ausgangswert: Lege fest, wo du hinwillst.',
  'goals.smart.hint.timeBound':
    'Setze eine Frist: ein Fälligkeitsdatum oder eine Angabe wie „bis März“ oder „in 6 Wochen“.',
  'goals.smart.hint.relevant': 'Wähle eine verantwortliche Person: Jedes Ziel gehört jemandem im Team.',
  'goals.smart.hint.percent':
    '{amount} ist in einem einzigen Ziel selten erreichbar: Senke den Zielwert oder teile das Ziel auf.',
  'goals.smart.hint.dropOverAll': 'Nichts kann um mehr als 100 % sinken: Überprüfe den Zielwert.',
  'goals.smart.hint.growth':
    'Ein Wachstum um {amount} ist in einem einzigen Ziel selten erreichbar: Senke den Zielwert oder teile das Ziel auf.',
  'goals.smart.hint.factor':
    'Der Zielwert ist etwa das {factor}-Fache des Ausgangswerts: Senke ihn oder teile das Ziel in Schritte auf.',
  'goals.smart.placeholder.vagueStatement': '<Steigern oder senken> <was, für wen>',
  'goals.smart.placeholder.specific': '– <was genau, für wen>',
  'goals.smart.placeholder.byPercent': 'um <X %>',
  'goals.smart.placeholder.fromTo': '(<Kennzahl> von <Ausgangswert> auf <Zielwert>)',
  'goals.smart.placeholder.realistic': '<ein realistisches Ziel>',
  'goals.smart.placeholder.date': 'bis <Datum>',
};
