import type { Message } from '../../../shared/i18n/message.ts';
import type { history as english } from '../en-US/history.ts';

/** The history strings in German: every key of the English catalog, with the same placeholders. */
export const history: Record<keyof typeof english, Message> = {
  'history.screen.label': 'Feedbackverlauf',
  'history.screen.mine': 'Mein Verlauf',
  'history.screen.ofPerson': 'Verlauf von {name}',
  'history.screen.giveFeedback': 'Feedback geben',
  'history.screen.recognise': 'Anerkennen',
  'history.screen.loading': 'Verlauf wird geladen…',
  'history.screen.loadFailed': 'Der Verlauf konnte nicht geladen werden.',
  'history.screen.tryAgain': 'Erneut versuchen',
  'history.screen.empty': 'Hier ist noch nichts: kein Feedback, keine Anerkennung und keine Check-ins.',
  'history.screen.emptyHidden':
    'Hier ist noch nichts, was du sehen kannst: kein Feedback, keine Anerkennung.',
  'history.screen.timeline': 'Zeitachse, neueste zuerst',
  'history.screen.loadingMore': 'Wird geladen…',
  'history.screen.loadMore': 'Mehr laden',
  'history.screen.formerMember': 'Ehemaliges Mitglied',

  'history.picker.label': 'Person',
  'history.picker.me': '{name} (ich)',
  'history.picker.left': '{name} (ausgetreten)',

  'history.checkIn.title': 'Check-in {week}',
  'history.checkIn.confidence': 'Zuversicht {confidence}/5 · {when}',
  'history.checkIn.wins': 'Erfolge',
  'history.checkIn.blockers': 'Blocker',

  'history.feedback.received': 'Feedback erhalten',
  'history.feedback.given': 'Feedback gegeben',
  'history.feedback.private': 'Privat',
  'history.feedback.situation': 'Situation',
  'history.feedback.behaviour': 'Verhalten',
  'history.feedback.impact': 'Wirkung',

  'history.recognition.received': 'Anerkennung erhalten',
  'history.recognition.given': 'Anerkennung gegeben',

  'history.link.task': 'Aufgabe: {title}',
  'history.link.removedTask': 'Aufgabe: eine entfernte Aufgabe',
  'history.link.goal': 'Ziel: {statement}',
  'history.link.removedGoal': 'Ziel: ein entferntes Ziel',

  'history.feedbackDialog.title': 'Feedback geben',
  'history.feedbackDialog.failed': 'Das Feedback konnte nicht gesendet werden. Versuche es noch einmal.',
  'history.feedbackDialog.to': 'An',
  'history.feedbackDialog.situationPlaceholder': 'Wann und wo: „Im Release-Review am Dienstag…“',
  'history.feedbackDialog.behaviourPlaceholder':
    'Was die Person getan oder gesagt hat, so wie du es erlebt hast',
  'history.feedbackDialog.impactPlaceholder': 'Wozu es geführt hat, für dich, das Team oder Kunden',
  'history.feedbackDialog.about': 'Bezug (optional)',
  'history.feedbackDialog.visibility': 'Wer es sehen kann',
  'history.feedbackDialog.private': 'Privat (die Person, du und die Teamleitungen)',
  'history.feedbackDialog.team': 'Team',
  'history.feedbackDialog.sending': 'Wird gesendet…',
  'history.feedbackDialog.sendAnyway': 'Trotzdem senden',
  'history.feedbackDialog.send': 'Feedback senden',

  'history.link.none': 'Nichts Bestimmtes',
  'history.link.goals': 'Ziele',
  'history.link.tasks': 'Aufgaben',
  'history.dialog.cancel': 'Abbrechen',

  'history.nudge.specific': 'Konkret und beobachtbar: bereit zum Senden.',
  'history.nudge.title': 'Werde konkret',
  'history.nudge.hints': {
    one: 'Ein Hinweis in den Feldern oben: Nenne den Moment, was getan wurde und wozu es geführt hat.',
    other: '{count} Hinweise in den Feldern oben: Nenne den Moment, was getan wurde und wozu es geführt hat.',
  },
  'history.nudge.confirm': 'Trotzdem senden? Wähle zum Bestätigen „Trotzdem senden“.',

  'history.specificity.tooShort': 'Mehr Details: mindestens {count} Wörter.',
  'history.specificity.vaguePhrase':
    '„{phrase}“ sagt nicht, was passiert ist: Nenne den Moment und was genau getan wurde.',
  'history.specificity.absolute':
    '„{phrase}“ lädt zur Diskussion ein: Beschreibe lieber eine bestimmte Situation.',
  'history.specificity.label':
    '„{phrase}“ bewertet die Person: Beschreibe lieber das Verhalten, das du gesehen hast.',
  'history.specificity.noObservation':
    'Knüpfe es an etwas, das du gesehen oder gehört hast: wann, wo, was passiert ist („In der Demo am Dienstag…“).',

  'history.recognitionDialog.title': 'Teammitglied anerkennen',
  'history.recognitionDialog.intro':
    'Wird im Kanal des Teams gepostet, mit einer @Erwähnung aller, die du auswählst.',
  'history.recognitionDialog.failed':
    'Die Anerkennung konnte nicht gesendet werden. Versuche es noch einmal.',
  'history.recognitionDialog.who': 'Wer',
  'history.recognitionDialog.tooMany': 'Höchstens {count} Personen auf einmal.',
  'history.recognitionDialog.picked': 'Ausgewählte Personen',
  'history.recognitionDialog.addPeople': 'Personen hinzufügen',
  'history.recognitionDialog.typeName': 'Namen eingeben',
  'history.recognitionDialog.full': 'Höchstens {count} Personen',
  'history.recognitionDialog.noMatch': 'Keine Treffer',
  'history.recognitionDialog.value': 'Wert',
  'history.recognitionDialog.message': 'Nachricht',
  'history.recognitionDialog.messageHint': 'Was hat die Person getan, und was hat es bewirkt?',
  'history.recognitionDialog.link': 'Verknüpfte Aufgabe oder verknüpftes Ziel (optional)',
  'history.recognitionDialog.posting': 'Wird gepostet…',
  'history.recognitionDialog.post': 'Anerkennung posten',

  'history.notice.dismiss': 'Schließen',
  'history.notice.postedTitle': 'Anerkennung gepostet',
  'history.notice.postedDetail':
    'Sie steht im Kanal des Teams, mit einer @Erwähnung aller, die du ausgewählt hast.',
  'history.notice.pendingTitle': 'Anerkennung gespeichert',
  'history.notice.pendingDetail':
    'Teams antwortet gerade langsam; sie erscheint im Kanal des Teams, sobald Teams sie annimmt.',
  'history.notice.notPostedTitle': 'Anerkennung gespeichert, nicht gepostet',
  'history.notice.noChannelDetail':
    'Cadence kennt den Kanal dieses Teams noch nicht, daher steht sie nur hier im Verlauf. Eine Teamleitung kann Cadence erneut zum Team hinzufügen.',
  'history.notice.failedDetail':
    'Teams hat den Beitrag im Kanal des Teams nicht angenommen, daher steht sie nur hier im Verlauf.',
};
