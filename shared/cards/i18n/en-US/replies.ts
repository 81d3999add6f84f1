import type { Catalog } from '../../../i18n/message.ts';

/** The bot's text replies for check-ins, pauses, team choice and welcome in American English: the default, and the keys other languages translate. */
export const replies = {
  'card.replies.welcome':
    'Hi, I am Cadence. I help this team keep small commitments visible: goals, tasks, weekly check-ins and recognition. Type **help** to see what I can do.',
  'card.replies.notOnATeam':
    'You are not on a Cadence team yet. Ask your team leader to add Cadence to your team in Teams.',
  'card.replies.notOnThisTeam': 'You are not on this team’s roster in Cadence.',
  'card.replies.choiceGone': 'That choice is no longer available. Type help to start again.',
  'card.replies.checkInSentPrivately': 'I sent you your check-in in a private chat.',
  'card.replies.checkInNotSentPrivately':
    'I could not open a private chat with you. Message me directly and type checkin there.',
  'card.replies.checkInOutdated': 'This check-in card is out of date. Type checkin for a new one.',
  'card.replies.notYourCheckIn':
    'This check-in belongs to a teammate. Only they and the team’s leaders can see it.',
  'card.replies.teammateGone': 'This teammate is no longer on the team.',
  'card.replies.pauseHelp':
    'Going away? Pause your check-ins until a day of your choice (that day included): {examples}. Type resume to restart them earlier.',
  'card.replies.pauseExamples': 'pause 2026-12-31, pause 2 weeks, pause 3 days or pause friday',
  'card.replies.pausedOnTeams': {
    one: 'Check-ins paused until {date}. Type resume to restart.',
    other: 'Check-ins paused until {date} on all {count} of your teams. Type resume to restart.',
  },
  'card.replies.pausePast': 'That day has already passed. Pick today or a later day, for example {examples}.',
  'card.replies.pauseTooFar':
    'Check-ins can pause for up to 90 days, until {date} at the latest. Try {examples}.',
  'card.replies.pauseFormat': 'I could not read that as a day. Type it like {examples}.',
  'card.replies.resumed': 'Check-ins resumed. Your next one comes at the usual time.',
  'card.replies.notPaused': 'Your check-ins are not paused, so there is nothing to resume.',
} as const satisfies Catalog;
