import type { Catalog } from '../../../i18n/message.ts';

/**
 * The peer-review cards (picker, request, requested, answered, the "Request a review" button) in American
 * English: the default, and the keys other languages translate.
 */
export const review = {
  'card.review.action': 'Request a review',
  'card.review.picker.title': 'Request a review',
  'card.review.picker.intro':
    'Ask a teammate to look at “{task}”. Their answer comes back to you as feedback on the task.',
  'card.review.picker.noTeammates': 'There is no teammate to ask yet.',
  'card.review.picker.reviewer': 'Reviewer',
  'card.review.picker.reviewerPlaceholder': 'Choose a teammate',
  'card.review.picker.reviewerRequired': 'Choose who should review it.',
  'card.review.picker.note': 'Note for the reviewer (optional)',
  'card.review.picker.notePlaceholder': 'What should they look at?',
  'card.review.picker.ask': 'Ask for a review',
  'card.review.request.title': 'Review request',
  'card.review.request.intro': '{requester} asks for your review of “{task}”, a finished task in {team}.',
  'card.review.request.theirNote': 'Their note',
  'card.review.request.private': 'Your answer goes to them privately as feedback on the task.',
  'card.review.request.situation': 'What you looked at',
  'card.review.request.situationPlaceholder': 'For example: the release notes draft, on Tuesday',
  'card.review.request.behaviour': 'What went well, and what to improve',
  'card.review.request.behaviourPlaceholder': 'What they did in the work, as you saw it',
  'card.review.request.impact': 'Impact',
  'card.review.request.impactPlaceholder': 'What it means for users, the team or the next step',
  'card.review.request.send': 'Send review',
  'card.review.request.sendAnyway': 'Send anyway',
  'card.review.request.summary': '{requester} asks for your review',
  'card.review.requested.title': 'Review requested from {name}',
  'card.review.requested.notDeliveredTitle': 'Review request saved, but not delivered to {name}',
  'card.review.requested.detail':
    '{name} has a card to review “{task}”. Their answer comes to you as feedback on the task.',
  'card.review.requested.notDeliveredDetail':
    'Teams could not take the card for {name} now. Ask again later, or ask someone else to review “{task}”.',
  'card.review.answered.already': 'You already answered this review for {name}',
  'card.review.answered.sent': 'Thanks — sent to {name}',
  'card.review.answered.notDelivered': 'Thanks — saved, but not delivered to {name}',
  'card.review.answered.detail':
    'Your review of “{task}” is in {name}’s feedback history, linked to the task.',
  'card.review.answered.notDeliveredDetail':
    'Teams could not take the message now. {name} sees your review of “{task}” in their Cadence history.',
  'card.review.openTask': 'Open the task',
  'card.review.aTeammate': 'A teammate',
  'card.review.yourTeammate': 'your teammate',
  'card.review.aDeletedTask': 'a deleted task',
  'card.review.theTask': 'the task',
} as const satisfies Catalog;
