import type { Message } from '../../../i18n/message.ts';
import type { review as english } from '../en-US/review.ts';

/** The peer-review cards in German: every key of the English catalog, with the same placeholders. */
export const review: Record<keyof typeof english, Message> = {
  'card.review.action': 'Review anfordern',
  'card.review.picker.title': 'Review anfordern',
  'card.review.picker.intro':
    'Bitte ein Teammitglied, sich „{task}“ anzusehen. Die Antwort bekommst du als Feedback zur Aufgabe.',
  'card.review.picker.noTeammates': 'Es gibt noch kein Teammitglied, das du fragen kannst.',
  'card.review.picker.reviewer': 'Wer prüft',
  'card.review.picker.reviewerPlaceholder': 'Teammitglied auswählen',
  'card.review.picker.reviewerRequired': 'Wähle aus, wer es prüfen soll.',
  'card.review.picker.note': 'Notiz für die prüfende Person (optional)',
  'card.review.picker.notePlaceholder': 'Worauf soll die Person achten?',
  'card.review.picker.ask': 'Review anfordern',
  'card.review.request.title': 'Review-Anfrage',
  'card.review.request.intro':
    '{requester} bittet dich um ein Review von „{task}“, einer erledigten Aufgabe in {team}.',
  'card.review.request.theirNote': 'Notiz',
  'card.review.request.private': 'Deine Antwort geht privat als Feedback zur Aufgabe an die Person.',
  'card.review.request.situation': 'Was du dir angesehen hast',
  'card.review.request.situationPlaceholder': 'Zum Beispiel: den Entwurf der Release Notes, am Dienstag',
  'card.review.request.behaviour': 'Was gut lief und was besser werden kann',
  'card.review.request.behaviourPlaceholder':
    'Was die Person in der Arbeit getan hat, so wie du es gesehen hast',
  'card.review.request.impact': 'Wirkung',
  'card.review.request.impactPlaceholder': 'Was es für Nutzer, das Team oder den nächsten Schritt bedeutet',
  'card.review.request.send': 'Review senden',
  'card.review.request.sendAnyway': 'Trotzdem senden',
  'card.review.request.summary': '{requester} bittet dich um ein Review',
  'card.review.requested.title': 'Review bei {name} angefragt',
  'card.review.requested.notDeliveredTitle': 'Review-Anfrage gespeichert, aber nicht an {name} zugestellt',
  'card.review.requested.detail':
    '{name} hat eine Karte, um „{task}“ zu prüfen. Die Antwort bekommst du als Feedback zur Aufgabe.',
  'card.review.requested.notDeliveredDetail':
    'Teams konnte die Karte für {name} gerade nicht annehmen. Frag später noch einmal, oder bitte jemand anderen, „{task}“ zu prüfen.',
  'card.review.answered.already': 'Du hast dieses Review für {name} schon beantwortet',
  'card.review.answered.sent': 'Danke – an {name} gesendet',
  'card.review.answered.notDelivered': 'Danke – gespeichert, aber nicht an {name} zugestellt',
  'card.review.answered.detail':
    'Dein Review zu „{task}“ steht im Feedback-Verlauf von {name}, verknüpft mit der Aufgabe.',
  'card.review.answered.notDeliveredDetail':
    'Teams konnte die Nachricht gerade nicht annehmen. {name} sieht dein Review zu „{task}“ im Cadence-Verlauf.',
  'card.review.openTask': 'Aufgabe öffnen',
  'card.review.aTeammate': 'Ein Teammitglied',
  'card.review.yourTeammate': 'dein Teammitglied',
  'card.review.aDeletedTask': 'eine gelöschte Aufgabe',
  'card.review.theTask': 'die Aufgabe',
};
