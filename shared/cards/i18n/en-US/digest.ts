import type { Catalog } from '../../../i18n/message.ts';

/** A leader's weekly digest in American English: the default, and the keys other languages translate. */
export const digest = {
  'card.digest.title': 'Your weekly digest · {week}',
  'card.digest.participation': 'Participation',
  'card.digest.answered': '{answered} of {expected} answered ({percent}%)',
  'card.digest.missing': 'Missing: {names}',
  'card.digest.overdue': 'Overdue ({count})',
  'card.digest.nothingOverdue': 'Nothing overdue.',
  'card.digest.late': { one: '{count} day late', other: '{count} days late' },
  'card.digest.blocked': 'Blocked ({count})',
  'card.digest.nothingBlocked': 'Nothing blocked.',
  'card.digest.blockedFor': { one: 'blocked {count} day', other: 'blocked {count} days' },
  'card.digest.feedbackGaps': 'Feedback gaps ({count})',
  'card.digest.noFeedbackYet': 'no feedback yet',
  'card.digest.everyoneHadFeedback': 'Everyone had feedback in the last 14 days.',
  'card.digest.recognitionGaps': 'Recognition gaps ({count})',
  'card.digest.noRecognitionYet': 'no recognition yet',
  'card.digest.everyoneRecognised': 'Everyone was recognised recently.',
  'card.digest.lastDaysAgo': { one: 'last {count} day ago', other: 'last {count} days ago' },
  'card.digest.suggestions': 'Suggested recognitions ({count})',
  'card.digest.noSuggestions': 'No completed goals or on-time streaks this week.',
  'card.digest.goalCompleted': '{names}: goal completed, “{goal}”',
  'card.digest.onTimeStreak': '{names}: {count} tasks in a row done on time, the latest “{task}”',
  'card.digest.notification':
    'Your weekly digest for {team}: {feedbackGaps} feedback gaps, {suggestions} suggested recognitions',
} as const satisfies Catalog;
