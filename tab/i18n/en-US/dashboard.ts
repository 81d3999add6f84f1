import type { Catalog } from '../../../shared/i18n/message.ts';
import type { Translate } from '../../../shared/i18n/translate.ts';
import { useTranslator } from '../i18n.tsx';

/**
 * The dashboard strings in American English: the default, and the keys other languages translate. They ship
 * with the code that shows them, so a lazy screen's words load with the screen.
 */
export const dashboard = {
  'dashboard.screen.leadersOnly': 'The dashboard is for the team’s leaders.',
  'dashboard.screen.loading': 'Loading the dashboard…',
  'dashboard.screen.loadFailed': 'The dashboard did not load',
  'dashboard.screen.heading': {
    one: 'Last {count} week ({from} to {to})',
    other: 'Last {count} weeks ({from} to {to})',
  },
  'dashboard.chart.showTable': 'Show as table',
  'dashboard.chart.week': 'Week',
  'dashboard.chart.person': 'Person',

  'dashboard.csv.button': 'Export CSV',
  'dashboard.csv.section': 'section',
  'dashboard.csv.week': 'week',
  'dashboard.csv.person': 'person',
  'dashboard.csv.item': 'item',
  'dashboard.csv.value': 'value',
  'dashboard.csv.detail': 'detail',

  'dashboard.participation.title': 'Participation',
  'dashboard.participation.summary': {
    one: 'Average {average} over {count} week; this week {answered} of {expected} so far.',
    other: 'Average {average} over {count} weeks; this week {answered} of {expected} so far.',
  },
  'dashboard.participation.summaryPast': {
    one: 'Average {average} over {count} week.',
    other: 'Average {average} over {count} weeks.',
  },
  'dashboard.participation.empty': 'No check-ins were asked for in these weeks.',
  'dashboard.participation.caption': 'Check-ins answered per week',
  'dashboard.participation.answered': 'Answered',
  'dashboard.participation.expected': 'Expected',
  'dashboard.participation.rate': 'Rate',

  'dashboard.confidence.title': 'Confidence',
  'dashboard.confidence.summary': 'Latest average {average} of 5 ({week}).',
  'dashboard.confidence.empty': 'No confidence scores yet.',
  'dashboard.confidence.caption': 'Average confidence per week (1 to 5)',
  'dashboard.confidence.average': 'Average',
  'dashboard.confidence.answers': 'Answers',

  'dashboard.blockers.title': 'Blocked tasks by age',
  'dashboard.blockers.summary': {
    one: '{count} blocked task, {old} blocked for a week or more.',
    other: '{count} blocked tasks, {old} blocked for a week or more.',
  },
  'dashboard.blockers.empty': 'Nothing is blocked.',
  'dashboard.blockers.caption': 'Blocked tasks by how long they have been blocked',
  'dashboard.blockers.blockedFor': 'Blocked for',
  'dashboard.blockers.tasks': 'Tasks',
  'dashboard.blockers.age.under3Days': 'Under 3 days',
  'dashboard.blockers.age.3to6Days': '3–6 days',
  'dashboard.blockers.age.1to2Weeks': '1–2 weeks',
  'dashboard.blockers.age.2WeeksOrMore': '2 weeks or more',

  'dashboard.recurring.title': 'Recurring blockers',
  'dashboard.recurring.summary': {
    one: '{count} blocker reported in consecutive check-ins.',
    other: '{count} blockers reported in consecutive check-ins.',
  },
  'dashboard.recurring.empty': 'No blocker came back week after week.',
  'dashboard.recurring.caption': 'Blockers reported week after week',
  'dashboard.recurring.blocker': 'Blocker',
  'dashboard.recurring.weeksInARow': 'Weeks in a row',
  'dashboard.recurring.since': 'Since',
  'dashboard.recurring.weeks': { one: '{count} week', other: '{count} weeks' },

  'dashboard.wip.title': 'Work in progress per person',
  'dashboard.wip.summary': {
    one: 'Limit {limit}; {count} person over it.',
    other: 'Limit {limit}; {count} people over it.',
  },
  'dashboard.wip.empty': 'Nobody is on the team yet.',
  'dashboard.wip.caption': 'Tasks in doing and blocked per person',
  'dashboard.wip.doing': 'Doing',
  'dashboard.wip.blocked': 'Blocked',
  'dashboard.wip.overLimit': 'Over the limit',
  'dashboard.wip.yes': 'yes',
  'dashboard.wip.no': 'no',

  'dashboard.feedback.title': 'Feedback cadence',
  'dashboard.feedback.summary': {
    one: '{count} person without feedback for {days} days or more.',
    other: '{count} people without feedback for {days} days or more.',
  },
  'dashboard.feedback.empty': 'Nobody is on the team yet.',
  'dashboard.feedback.caption': 'Days since each person last received feedback',
  'dashboard.feedback.daysSince': 'Days since',
  'dashboard.feedback.received': 'Received in these weeks',
  'dashboard.feedback.never': 'never',
  'dashboard.feedback.days': '{days} d',

  'dashboard.recognition.title': 'Recognition received',
  'dashboard.recognition.summary': '{recognitions} in these weeks; {people} not recognised.',
  'dashboard.recognition.recognitions': { one: '{count} recognition', other: '{count} recognitions' },
  'dashboard.recognition.people': { one: '{count} person', other: '{count} people' },
  'dashboard.recognition.empty': 'No recognition in these weeks yet.',
  'dashboard.recognition.caption': 'Recognition received and given per person',
  'dashboard.recognition.received': 'Received',
  'dashboard.recognition.given': 'Given',

  'dashboard.goals.title': 'Goal progress',
  'dashboard.goals.summary': {
    one: '{count} goal; {complete} complete.',
    other: '{count} goals; {complete} complete.',
  },
  'dashboard.goals.empty': 'No goals yet.',
  'dashboard.goals.caption': 'Progress of each goal, from its measure or its tasks',
  'dashboard.goals.goal': 'Goal',
  'dashboard.goals.owner': 'Owner',
  'dashboard.goals.progress': 'Progress',
  'dashboard.goals.tasksDone': 'Tasks done',
  'dashboard.goals.doneOfTotal': '{done} of {total}',
} as const satisfies Catalog;

export type DashboardT = Translate<keyof typeof dashboard>;

export type DashboardKey = keyof typeof dashboard;

export function useDashboardT(): DashboardT {
  return useTranslator(dashboard);
}
