import type { Message } from '../../../i18n/message.ts';
import type { repliesWork as english } from '../en-US/replies-work.ts';

/**
 * The work handlers' replies, labels and problems in German: every key of the English catalog, with the
 * same placeholders. A problem ends a sentence that starts with the label ("Situation darf nicht leer sein").
 */
export const repliesWork: Record<keyof typeof english, Message> = {
  'card.repliesWork.recognition.noTeammates':
    'In Cadence ist noch niemand sonst in diesem Team. Sobald Teammitglieder dazukommen, kannst du sie hier anerkennen.',
  'card.repliesWork.recognition.sentPrivately':
    'Ich habe dir eine Karte in unserem 1:1-Chat geschickt. Wähle dort aus, wen du anerkennen möchtest, und ich poste es im Kanal des Teams.',
  'card.repliesWork.recognition.outOfDate':
    'Diese Karte ist veraltet. Gib recognize ein, um eine neue Anerkennung zu schreiben.',
  'card.repliesWork.recognition.sentDifferently':
    'Mit dieser Karte wurde schon eine andere Anerkennung gepostet. Gib recognize ein, um eine neue zu schreiben.',
  'card.repliesWork.feedback.sentPrivately':
    'Ich habe dir die Feedback-Karte in unserem 1:1-Chat geschickt: Feedback ist privat, deshalb schreibst du es dort und nicht hier.',
  'card.repliesWork.feedback.notSent':
    'Feedback ist privat, deshalb schreiben wir es in einem 1:1-Chat, aber ich konnte keinen öffnen. Öffne einen Chat mit Cadence und gib dort feedback ein.',
  'card.repliesWork.feedback.outOfDate':
    'Diese Feedback-Karte ist veraltet. Gib feedback ein, um neu zu beginnen.',
  'card.repliesWork.review.outOfDate': 'Diese Karte ist veraltet. Gib tasks ein, um neu zu beginnen.',
  'card.repliesWork.review.taskGone': 'Diese Aufgabe gibt es nicht mehr.',
  'card.repliesWork.review.onlyAssignee':
    'Nur die Person, der die Aufgabe zugewiesen ist, oder eine Teamleitung kann ein Review dafür anfordern.',
  'card.repliesWork.review.notDone':
    '„{task}“ ist noch nicht erledigt: Fordere ein Review an, sobald die Aufgabe fertig ist.',
  'card.repliesWork.review.taskNotDone':
    'Die Aufgabe ist noch nicht erledigt: Fordere ein Review an, sobald sie fertig ist.',
  'card.repliesWork.review.cardOutOfDate': 'Diese Review-Karte ist veraltet.',
  'card.repliesWork.review.gone': 'Diese Review-Anfrage gibt es nicht mehr.',
  'card.repliesWork.review.onlyReviewer':
    'Nur das Teammitglied, das um dieses Review gebeten wurde, kann es beantworten.',
  'card.repliesWork.review.declined': 'Diese Review-Anfrage wurde abgelehnt.',
  'card.repliesWork.review.requesterGone':
    'Die Person, die gefragt hat, ist nicht mehr im Team: Das Review kann nicht an sie gehen.',
  'card.repliesWork.label.field': 'Dieses Feld',
  'card.repliesWork.label.recipient': 'Die empfangende Person',
  'card.repliesWork.label.work': 'Die Aufgabe oder das Ziel',
  'card.repliesWork.label.visibility': 'Die Sichtbarkeit',
  'card.repliesWork.label.reviewer': 'Die prüfende Person',
  'card.repliesWork.label.note': 'Die Notiz',
  'card.repliesWork.problem.empty': 'darf nicht leer sein',
  'card.repliesWork.problem.tooLong': 'darf höchstens {max} Zeichen lang sein',
  'card.repliesWork.problem.noPerson': 'muss mindestens eine Person nennen',
  'card.repliesWork.problem.tooManyPeople': 'darf höchstens {max} Personen nennen',
  'card.repliesWork.problem.notMember': 'ist nicht Mitglied dieses Teams',
  'card.repliesWork.problem.notTask': 'ist keine Aufgabe dieses Teams',
  'card.repliesWork.problem.notGoal': 'ist kein Ziel dieses Teams',
  'card.repliesWork.problem.notWork': 'ist weder eine Aufgabe noch ein Ziel dieses Teams',
  'card.repliesWork.problem.notValue': 'ist keiner der Werte dieses Teams',
  'card.repliesWork.problem.notOnTeam': 'enthält jemanden, der nicht in diesem Team ist',
  'card.repliesWork.problem.notYou': 'darf dich nicht enthalten: Erkenne jemand anderen an',
  'card.repliesWork.problem.feedbackSelf': 'muss jemand anderes sein: Feedback geht an ein Teammitglied',
  'card.repliesWork.problem.reviewSelf': 'muss jemand anderes sein: Ein Review kommt von einem Teammitglied',
  'card.repliesWork.problem.reviewAssignee':
    'muss jemand anderes sein als die Person, der die Aufgabe zugewiesen ist',
  'card.repliesWork.problem.invalid': 'ist ungültig',
};
