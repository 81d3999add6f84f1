import type { Message } from '../../../i18n/message.ts';
import type { assignment as english } from '../en-US/assignment.ts';

/** The assignment notice in German: every key of the English catalog, with the same placeholders. */
export const assignment: Record<keyof typeof english, Message> = {
  'card.assignment.title': 'Eine Aufgabe für dich',
  'card.assignment.assigned': '{assigner} hat dir diese Aufgabe zugewiesen.',
  'card.assignment.goal': 'Ziel',
  'card.assignment.due': 'Fällig',
  'card.assignment.noDueDate': 'Kein Fälligkeitsdatum',
  'card.assignment.team': 'Team',
  'card.assignment.openTask': 'Aufgabe öffnen',
  'card.assignment.summary': '{assigner} hat dir eine Aufgabe zugewiesen',
};
