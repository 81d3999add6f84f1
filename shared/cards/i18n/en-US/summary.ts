import type { Catalog } from '../../../i18n/message.ts';

/** The weekly channel summary in American English: the default, and the keys other languages translate. */
export const summary = {
  'card.summary.title': 'Check-in summary · {week}',
  'card.summary.participation': 'Participation',
  'card.summary.answered': '{answered} of {expected} answered ({percent}%)',
  'card.summary.everyoneAnswered': 'Everyone expected has answered. Thank you!',
  'card.summary.stillMissing': 'Still missing: {names}',
  'card.summary.blockers': 'Blockers ({count})',
  'card.summary.noBlockers': 'No blockers reported.',
  'card.summary.blockerAge': { one: '{count} day old', other: '{count} days old' },
  'card.summary.recurring': {
    one: 'recurring, {count} week in a row',
    other: 'recurring, {count} weeks in a row',
  },
  'card.summary.overdue': 'Overdue tasks ({count})',
  'card.summary.nothingOverdue': 'Nothing overdue.',
  'card.summary.late': { one: '{count} day late', other: '{count} days late' },
  'card.summary.wins': 'Wins ({count})',
  'card.summary.noWins': 'No wins shared yet.',
  'card.summary.confidence': 'Confidence',
  'card.summary.rising': 'rising',
  'card.summary.falling': 'falling',
  'card.summary.steady': 'steady',
  'card.summary.notification':
    'Check-in summary {week}: {answered} of {expected} answered, {blockers} blockers, {overdue} overdue',
} as const satisfies Catalog;
