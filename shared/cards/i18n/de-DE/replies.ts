import type { Message } from '../../../i18n/message.ts';
import type { replies as english } from '../en-US/replies.ts';

/** The bot's text replies for check-ins, pauses, team choice and welcome in German (du-form, as Teams speaks): every key of the English catalog, with the same placeholders. */
export const replies: Record<keyof typeof english, Message> = {
  'card.replies.welcome':
    'Hallo, ich bin Cadence. Ich helfe diesem Team, kleine Zusagen sichtbar zu halten: Ziele, Aufgaben, wöchentliche Check-ins und Anerkennung. Gib **help** ein, um zu sehen, was ich kann.',
  'card.replies.notOnATeam':
    'Du bist noch in keinem Cadence-Team. Bitte deine Teamleitung, Cadence in Teams zu deinem Team hinzuzufügen.',
  'card.replies.notOnThisTeam': 'Du stehst in Cadence nicht auf der Liste dieses Teams.',
  'card.replies.choiceGone': 'Diese Auswahl ist nicht mehr verfügbar. Gib help ein, um neu zu beginnen.',
  'card.replies.checkInSentPrivately': 'Ich habe dir deinen Check-in in einem privaten Chat geschickt.',
  'card.replies.checkInNotSentPrivately':
    'Ich konnte keinen privaten Chat mit dir öffnen. Öffne einen Chat mit mir und gib dort checkin ein.',
  'card.replies.checkInOutdated':
    'Diese Check-in-Karte ist veraltet. Gib checkin ein, um eine neue zu bekommen.',
  'card.replies.notYourCheckIn':
    'Dieser Check-in gehört einem Teammitglied. Nur die Person selbst und die Teamleitung können ihn sehen.',
  'card.replies.teammateGone': 'Diese Person ist nicht mehr im Team.',
  'card.replies.pauseHelp':
    'Bist du weg? Pausiere deine Check-ins bis zu einem Tag deiner Wahl (einschließlich): {examples}. Gib resume ein, um sie früher wieder zu starten.',
  'card.replies.pauseExamples': 'pause 2026-12-31, pause 2 weeks, pause 3 days oder pause friday',
  'card.replies.pausedOnTeams': {
    one: 'Check-ins bis {date} pausiert. Gib resume ein, um sie wieder zu starten.',
    other:
      'Check-ins bis {date} in allen {count} deiner Teams pausiert. Gib resume ein, um sie wieder zu starten.',
  },
  'card.replies.pausePast':
    'Dieser Tag ist schon vorbei. Wähle heute oder einen späteren Tag, zum Beispiel {examples}.',
  'card.replies.pauseTooFar':
    'Check-ins lassen sich bis zu 90 Tage pausieren, also spätestens bis {date}. Versuch {examples}.',
  'card.replies.pauseFormat': 'Das konnte ich nicht als Tag lesen. Gib ihn zum Beispiel so ein: {examples}.',
  'card.replies.resumed': 'Check-ins fortgesetzt. Der nächste kommt zur gewohnten Zeit.',
  'card.replies.notPaused': 'Deine Check-ins sind nicht pausiert, es gibt also nichts fortzusetzen.',
};
