import type { Catalog } from '../../../i18n/message.ts';

/** The `tasks` card in American English: the default, and the keys other languages translate. */
export const tasks = {
  'card.tasks.title': 'Your open tasks',
  'card.tasks.titleEmpty': 'No open tasks',
  'card.tasks.openCount': { one: '1 open task', other: '{count} open tasks' },
  'card.tasks.openCountOverdue': {
    one: '1 open task, {overdue} overdue',
    other: '{count} open tasks, {overdue} overdue',
  },
  'card.tasks.empty': 'Nothing is waiting on you. Pick something up on the board when you are ready.',
  'card.tasks.group.doing': 'Doing ({count})',
  'card.tasks.group.blocked': 'Blocked ({count})',
  'card.tasks.group.todo': 'To do ({count})',
  'card.tasks.more': 'And {count} more on the board.',
  'card.tasks.doneLately': 'Done lately',
  'card.tasks.blockedReason': 'Blocked: {reason}',
  'card.tasks.goal': 'Goal: {goal}',
  'card.tasks.doneOn': 'Done {day}',
  'card.tasks.overdue': 'Overdue: was due {day}',
  'card.tasks.dueToday': 'Due today, {day}',
  'card.tasks.due': 'Due {day}',
  'card.tasks.open': 'Open',
  'card.tasks.openBoard': 'Open the board',
  'card.tasks.summaryEmpty': 'No open tasks',
  'card.tasks.summary': { one: 'Your open task', other: 'Your {count} open tasks' },
} as const satisfies Catalog;
