import type { Catalog } from '../../../shared/i18n/message.ts';
import type { Translate } from '../../../shared/i18n/translate.ts';
import { useTranslator } from '../i18n.tsx';

/**
 * The "My tasks" strings (the personal tab) in American English: the default, and the keys other languages
 * translate. They ship with the personal tab's chunk.
 */
export const mine = {
  'mine.title': 'My tasks',
  'mine.subtitle': 'Your open tasks and check-ins on every team that uses Cadence.',
  'mine.loading': 'Loading your tasks…',
  'mine.error.title': 'Your tasks could not be loaded',
  'mine.noTeams.title': 'You are not on a team with Cadence yet',
  'mine.noTeams.body':
    'When a team you belong to adds Cadence, your tasks and check-ins from that team show up here.',
  'mine.team.tasks': { one: '{count} open task', other: '{count} open tasks' },
  'mine.team.tasksHeading': 'Open tasks in {team}',
  'mine.empty': 'No open tasks — nice.',
  'mine.status.todo': 'To do',
  'mine.status.doing': 'Doing',
  'mine.status.blocked': 'Blocked',
  'mine.task.due': 'Due {date}',
  'mine.task.overdue': 'Overdue since {date}',
  'mine.task.noDue': 'No due date',
  'mine.task.goal': 'Goal: {goal}',
  'mine.task.open': 'Open “{title}” in the team’s tab',
  'mine.checkIn.title': 'This week’s check-in',
  'mine.checkIn.open': 'Open until {when}. You haven’t answered yet.',
  'mine.checkIn.answered': 'Answered, confidence {confidence} of 5.',
  'mine.checkIn.answeredEditable': 'Answered, confidence {confidence} of 5. You can change it until {when}.',
  'mine.checkIn.upcoming': 'Not open yet. The next check-in opens {when}.',
  'mine.checkIn.paused': 'Paused until {date}.',
  'mine.checkIn.howTo': 'You answer check-ins in your chat with Cadence: type checkin there.',
  'mine.checkIn.recent': 'Recent weeks',
  'mine.checkIn.week': 'Week {number}',
  'mine.checkIn.weekAnswered': 'Confidence {confidence} of 5',
  'mine.checkIn.weekMissed': 'Not answered',
  'mine.checkIn.noRecent': 'No earlier check-ins yet.',
} as const satisfies Catalog;

export type MineT = Translate<keyof typeof mine>;

export function useMineT(): MineT {
  return useTranslator(mine);
}
