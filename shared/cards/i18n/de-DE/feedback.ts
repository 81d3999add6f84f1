import type { Message } from '../../../i18n/message.ts';
import type { feedback as english } from '../en-US/feedback.ts';

/** The feedback cards in German: every key of the English catalog, with the same placeholders. */
export const feedback: Record<keyof typeof english, Message> = {
  'card.feedback.compose.title': 'Feedback geben',
  'card.feedback.compose.intro':
    'An ein Teammitglied in {team}. Schreib, wann es war, was die Person getan hat und was daraus folgte. Es wird privat zugestellt.',
  'card.feedback.compose.noTeammates': 'Es gibt noch kein Teammitglied, dem du Feedback geben kannst.',
  'card.feedback.compose.to': 'An',
  'card.feedback.compose.toPlaceholder': 'Teammitglied auswählen',
  'card.feedback.compose.toRequired': 'Wähle aus, für wen das Feedback ist.',
  'card.feedback.compose.hidden': {
    one: 'Ein weiteres Teammitglied findest du im Cadence-Tab; dort kannst du ihm ebenfalls Feedback geben.',
    other:
      '{count} weitere Teammitglieder findest du im Cadence-Tab; dort kannst du ihnen ebenfalls Feedback geben.',
  },
  'card.feedback.compose.link': 'Zu einer Aufgabe oder einem Ziel (optional)',
  'card.feedback.compose.linkPlaceholder': 'Nichts Bestimmtes',
  'card.feedback.compose.taskChoice': 'Aufgabe: {title}',
  'card.feedback.compose.goalChoice': 'Ziel: {title}',
  'card.feedback.compose.visibility': 'Wer es sehen kann',
  'card.feedback.compose.visibilityPrivate': 'Privat: die Person, du und die Teamleitung',
  'card.feedback.compose.visibilityTeam': 'Team: alle im Team',
  'card.feedback.compose.visibilityRequired': 'Wähle aus, wer es sehen kann.',
  'card.feedback.compose.send': 'Senden',
  'card.feedback.compose.sendAnyway': 'Trotzdem senden',
  'card.feedback.field.situation': 'Situation',
  'card.feedback.field.situationPlaceholder': 'Wann und wo: „Im Release-Review am Dienstag …“',
  'card.feedback.field.behaviour': 'Verhalten',
  'card.feedback.field.behaviourPlaceholder':
    'Was die Person getan oder gesagt hat, so wie du es erlebt hast',
  'card.feedback.field.impact': 'Wirkung',
  'card.feedback.field.impactPlaceholder': 'Was daraus folgte – für dich, das Team oder Kunden',
  'card.feedback.field.required': '{label} ist erforderlich.',
  'card.feedback.nudges': {
    one: 'Neben den Feldern steht ein Vorschlag, wie es konkreter wird. Bearbeite den Text und drücke „Senden“ oder „Trotzdem senden“.',
    other:
      'Neben den Feldern stehen {count} Vorschläge, wie es konkreter wird. Bearbeite den Text und drücke „Senden“ oder „Trotzdem senden“.',
  },
  'card.feedback.nudge.tooShort': 'Mehr Details, bitte: mindestens {count} Wörter.',
  'card.feedback.nudge.vaguePhrase':
    '„{phrase}“ sagt nicht, was passiert ist: Nenne den Moment und was genau getan wurde.',
  'card.feedback.nudge.absoluteLanguage':
    '„{phrase}“ lädt zur Diskussion ein: Beschreibe lieber eine konkrete Situation.',
  'card.feedback.nudge.personalityLabel':
    '„{phrase}“ bewertet die Person: Beschreibe lieber das Verhalten, das du gesehen hast.',
  'card.feedback.nudge.noObservation':
    'Mach es an etwas fest, das du gesehen oder gehört hast: wann, wo, was passiert ist („In der Demo am Dienstag …“).',
  'card.feedback.delivery.from': 'Feedback von {giver}',
  'card.feedback.delivery.reviewed': 'Review von {giver} zu „{task}“',
  'card.feedback.delivery.private': 'Privat: Nur du, die gebende Person und die Teamleitung können es sehen.',
  'card.feedback.delivery.team': 'Mit dem Team geteilt.',
  'card.feedback.delivery.shortened': 'Hier gekürzt: Den ganzen Text findest du in deinem Verlauf.',
  'card.feedback.delivery.aboutTask': 'Zur Aufgabe: {title}',
  'card.feedback.delivery.aboutGoal': 'Zum Ziel: {title}',
  'card.feedback.delivery.openTask': 'Aufgabe öffnen',
  'card.feedback.delivery.openCadence': 'Cadence öffnen',
  'card.feedback.delivery.openMyHistory': 'Meinen Verlauf öffnen',
  'card.feedback.delivery.summary': 'Feedback von {giver}',
  'card.feedback.delivery.summaryReview': 'Review von {giver} zu deiner Aufgabe',
  'card.feedback.delivery.aTeammate': 'Ein Teammitglied',
  'card.feedback.sent.sentPrivately': 'Privat an {name} gesendet',
  'card.feedback.sent.sent': 'An {name} gesendet',
  'card.feedback.sent.already': 'Dieses Feedback hat {name} bereits bekommen',
  'card.feedback.sent.pending': 'Wird an {name} gesendet',
  'card.feedback.sent.notDelivered': 'Gespeichert, aber nicht an {name} zugestellt',
  'card.feedback.sent.seenPrivate': 'Nur {name}, du und die Teamleitung können es sehen.',
  'card.feedback.sent.seenTeam': 'Alle im Team können es in Cadence sehen.',
  'card.feedback.sent.unreachableDetail':
    'Cadence kann {name} noch nicht im Chat erreichen. Im Verlauf in Cadence steht es. {seen}',
  'card.feedback.sent.pendingDetail':
    'Teams antwortet langsam: Die Karte ist noch unterwegs. Im Verlauf in Cadence steht es so oder so. {seen}',
  'card.feedback.sent.failedDetail':
    'Teams hat die Nachricht für {name} nicht angenommen. Im Verlauf in Cadence steht es. {seen}',
  'card.feedback.sent.openHistory': 'Verlauf öffnen',
  'card.feedback.yourTeammate': 'dein Teammitglied',
};
