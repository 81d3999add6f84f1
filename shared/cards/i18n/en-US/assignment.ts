import type { Catalog } from '../../../i18n/message.ts';

/** The assignment notice in American English: the default, and the keys other languages translate. */
export const assignment = {
  'card.assignment.title': 'A task for you',
  'card.assignment.assigned': '{assigner} assigned you this task.',
  'card.assignment.goal': 'Goal',
  'card.assignment.due': 'Due',
  'card.assignment.noDueDate': 'No due date',
  'card.assignment.team': 'Team',
  'card.assignment.openTask': 'Open the task',
  'card.assignment.summary': '{assigner} assigned you a task',
} as const satisfies Catalog;
