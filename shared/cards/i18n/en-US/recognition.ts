import type { Catalog } from '../../../i18n/message.ts';

/**
 * The recognition cards (the channel post, the compose card and the card that replaces it) in American
 * English: the default, and the keys other languages translate.
 */
export const recognition = {
  'card.recognition.recognised': '{giver} recognised {recipients}',
  'card.recognition.listAnd': '{first} and {last}',
  'card.recognition.task': 'Task: {title}',
  'card.recognition.goal': 'Goal: {title}',
  'card.recognition.openTask': 'Open task',
  'card.recognition.openGoal': 'Open goal',
  'card.recognition.summary': '{giver} recognised {recipients}: {badge}',
  'card.recognition.compose.title': 'Recognise a teammate',
  'card.recognition.compose.intro':
    'It is posted in {team}’s channel, with an @mention of everyone you pick.',
  'card.recognition.compose.who': 'Who',
  'card.recognition.compose.whoPlaceholder': 'Pick one or more people',
  'card.recognition.compose.whoRequired': 'Pick at least one person.',
  'card.recognition.compose.shortened': 'Showing {shown} of {total} people. The Cadence tab lists everyone.',
  'card.recognition.compose.value': 'Value',
  'card.recognition.compose.valueRequired': 'Pick the value it shows.',
  'card.recognition.compose.message': 'Message',
  'card.recognition.compose.messageRequired': 'Say what they did.',
  'card.recognition.compose.messagePlaceholder': 'What did they do, and what difference did it make?',
  'card.recognition.compose.link': 'Linked task or goal (optional)',
  'card.recognition.compose.linkPlaceholder': 'Nothing in particular',
  'card.recognition.compose.post': 'Post recognition',
  'card.recognition.sent.postedTitle': 'Recognition posted in {team}',
  'card.recognition.sent.postedDetail': 'Everyone you picked was @mentioned.',
  'card.recognition.sent.pendingTitle': 'Recognition saved, still being posted',
  'card.recognition.sent.pendingDetail':
    'Teams is slow to answer; it appears in {team}’s channel once Teams takes it. It is in the Cadence history already.',
  'card.recognition.sent.notPostedTitle': 'Recognition saved, not posted',
  'card.recognition.sent.noChannelDetail':
    'Cadence does not know {team}’s channel yet: a leader can add Cadence to the team again. It is in the Cadence history.',
  'card.recognition.sent.failedDetail':
    'Teams did not accept the post in {team}’s channel. It is in the Cadence history; you can try posting again.',
  'card.recognition.sent.retry': 'Try posting again',
  'card.recognition.sent.openHistory': 'Open history',
  'card.recognition.sent.summary': '{badge} for {recipients}',
  'card.recognition.formerMember': 'a former member',
} as const satisfies Catalog;
