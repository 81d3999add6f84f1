import type { Catalog } from '../../../i18n/message.ts';

/**
 * The feedback cards (compose, delivery, sent) and the parts they share with the review card (field
 * notes, the specificity nudges) in American English: the default, and the keys other languages translate.
 */
export const feedback = {
  'card.feedback.compose.title': 'Give feedback',
  'card.feedback.compose.intro':
    'To a teammate in {team}. Say when it happened, what they did and what it led to. It is delivered privately.',
  'card.feedback.compose.noTeammates': 'There is no teammate to give feedback to yet.',
  'card.feedback.compose.to': 'To',
  'card.feedback.compose.toPlaceholder': 'Choose a teammate',
  'card.feedback.compose.toRequired': 'Choose who the feedback is for.',
  'card.feedback.compose.hidden': {
    one: '1 more teammate is in the Cadence tab, where you can give them feedback too.',
    other: '{count} more teammates are in the Cadence tab, where you can give them feedback too.',
  },
  'card.feedback.compose.link': 'About a task or goal (optional)',
  'card.feedback.compose.linkPlaceholder': 'Nothing in particular',
  'card.feedback.compose.taskChoice': 'Task: {title}',
  'card.feedback.compose.goalChoice': 'Goal: {title}',
  'card.feedback.compose.visibility': 'Who can see it',
  'card.feedback.compose.visibilityPrivate': 'Private: them, you and team leaders',
  'card.feedback.compose.visibilityTeam': 'Team: everyone on the team',
  'card.feedback.compose.visibilityRequired': 'Choose who can see it.',
  'card.feedback.compose.send': 'Send',
  'card.feedback.compose.sendAnyway': 'Send anyway',
  'card.feedback.field.situation': 'Situation',
  'card.feedback.field.situationPlaceholder': 'When and where: "In Tuesday’s release review…"',
  'card.feedback.field.behaviour': 'Behaviour',
  'card.feedback.field.behaviourPlaceholder': 'What they did or said, as you saw it',
  'card.feedback.field.impact': 'Impact',
  'card.feedback.field.impactPlaceholder': 'What it led to, for you, the team or customers',
  'card.feedback.field.required': '{label} is required.',
  'card.feedback.nudges': {
    one: 'One suggestion to make it more specific is shown next to the fields. Edit and press Send, or Send anyway.',
    other:
      '{count} suggestions to make it more specific are shown next to the fields. Edit and press Send, or Send anyway.',
  },
  'card.feedback.nudge.tooShort': 'Add detail: at least {count} words.',
  'card.feedback.nudge.vaguePhrase':
    '"{phrase}" does not say what happened: name the moment and what exactly was done.',
  'card.feedback.nudge.absoluteLanguage':
    '"{phrase}" invites debate: describe one specific occasion instead.',
  'card.feedback.nudge.personalityLabel':
    '"{phrase}" labels the person: describe the behaviour you saw instead.',
  'card.feedback.nudge.noObservation':
    'Anchor it in something you saw or heard: when, where, what happened ("In Tuesday\'s demo…").',
  'card.feedback.delivery.from': 'Feedback from {giver}',
  'card.feedback.delivery.reviewed': '{giver} reviewed “{task}”',
  'card.feedback.delivery.private': 'Private: only you, the giver and team leaders can see it.',
  'card.feedback.delivery.team': 'Shared with the team.',
  'card.feedback.delivery.shortened': 'This is shortened here: open your history for the whole text.',
  'card.feedback.delivery.aboutTask': 'About the task: {title}',
  'card.feedback.delivery.aboutGoal': 'About the goal: {title}',
  'card.feedback.delivery.openTask': 'Open the task',
  'card.feedback.delivery.openCadence': 'Open Cadence',
  'card.feedback.delivery.openMyHistory': 'Open my history',
  'card.feedback.delivery.summary': 'Feedback from {giver}',
  'card.feedback.delivery.summaryReview': '{giver} reviewed your task',
  'card.feedback.delivery.aTeammate': 'A teammate',
  'card.feedback.sent.sentPrivately': 'Sent privately to {name}',
  'card.feedback.sent.sent': 'Sent to {name}',
  'card.feedback.sent.already': 'This feedback was already given to {name}',
  'card.feedback.sent.pending': 'Sending to {name}',
  'card.feedback.sent.notDelivered': 'Saved, but not delivered to {name}',
  'card.feedback.sent.seenPrivate': 'Only {name}, you and team leaders can see it.',
  'card.feedback.sent.seenTeam': 'Everyone on the team can see it in Cadence.',
  'card.feedback.sent.unreachableDetail':
    'Cadence cannot reach {name} in a chat yet. It is in their history in Cadence. {seen}',
  'card.feedback.sent.pendingDetail':
    'Teams is slow to answer: the card is still on its way. It is in their history in Cadence either way. {seen}',
  'card.feedback.sent.failedDetail':
    'Teams did not take the message for {name}. It is in their history in Cadence. {seen}',
  'card.feedback.sent.openHistory': 'Open history',
  'card.feedback.yourTeammate': 'your teammate',
} as const satisfies Catalog;
