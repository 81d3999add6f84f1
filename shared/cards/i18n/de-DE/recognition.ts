import type { Message } from '../../../i18n/message.ts';
import type { recognition as english } from '../en-US/recognition.ts';

/** The recognition cards in German: every key of the English catalog, with the same placeholders. */
export const recognition: Record<keyof typeof english, Message> = {
  'card.recognition.recognised': '{giver} hat {recipients} anerkannt',
  'card.recognition.listAnd': '{first} und {last}',
  'card.recognition.task': 'Aufgabe: {title}',
  'card.recognition.goal': 'Ziel: {title}',
  'card.recognition.openTask': 'Aufgabe öffnen',
  'card.recognition.openGoal': 'Ziel öffnen',
  'card.recognition.summary': '{giver} hat {recipients} anerkannt: {badge}',
  'card.recognition.compose.title': 'Teammitglied anerkennen',
  'card.recognition.compose.intro':
    'Die Anerkennung wird im Kanal von {team} gepostet, mit einer @Erwähnung aller, die du auswählst.',
  'card.recognition.compose.who': 'Wen',
  'card.recognition.compose.whoPlaceholder': 'Eine oder mehrere Personen auswählen',
  'card.recognition.compose.whoRequired': 'Wähle mindestens eine Person aus.',
  'card.recognition.compose.shortened':
    '{shown} von {total} Personen werden angezeigt. Im Cadence-Tab findest du alle.',
  'card.recognition.compose.value': 'Wert',
  'card.recognition.compose.valueRequired': 'Wähle den Wert aus, für den es steht.',
  'card.recognition.compose.message': 'Nachricht',
  'card.recognition.compose.messageRequired': 'Schreib, was die Person getan hat.',
  'card.recognition.compose.messagePlaceholder': 'Was wurde getan, und was hat es bewirkt?',
  'card.recognition.compose.link': 'Verknüpfte Aufgabe oder verknüpftes Ziel (optional)',
  'card.recognition.compose.linkPlaceholder': 'Nichts Bestimmtes',
  'card.recognition.compose.post': 'Anerkennung posten',
  'card.recognition.sent.postedTitle': 'Anerkennung in {team} gepostet',
  'card.recognition.sent.postedDetail': 'Alle, die du ausgewählt hast, wurden @erwähnt.',
  'card.recognition.sent.pendingTitle': 'Anerkennung gespeichert, wird noch gepostet',
  'card.recognition.sent.pendingDetail':
    'Teams antwortet langsam; die Anerkennung erscheint im Kanal von {team}, sobald Teams sie annimmt. Im Cadence-Verlauf steht sie schon.',
  'card.recognition.sent.notPostedTitle': 'Anerkennung gespeichert, nicht gepostet',
  'card.recognition.sent.noChannelDetail':
    'Cadence kennt den Kanal von {team} noch nicht: Eine Teamleitung kann Cadence erneut zum Team hinzufügen. Im Cadence-Verlauf steht die Anerkennung.',
  'card.recognition.sent.failedDetail':
    'Teams hat den Beitrag im Kanal von {team} nicht angenommen. Im Cadence-Verlauf steht die Anerkennung; du kannst es noch einmal versuchen.',
  'card.recognition.sent.retry': 'Erneut posten',
  'card.recognition.sent.openHistory': 'Verlauf öffnen',
  'card.recognition.sent.summary': '{badge} für {recipients}',
  'card.recognition.formerMember': 'ein ehemaliges Mitglied',
};
