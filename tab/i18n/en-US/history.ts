import type { Catalog } from '../../../shared/i18n/message.ts';
import type { Translate } from '../../../shared/i18n/translate.ts';
import { useTranslator } from '../i18n.tsx';

/**
 * The history strings in American English: the default, and the keys other languages translate. They ship
 * with the code that shows them, so a lazy screen's words load with the screen.
 */
export const history = {
  'history.screen.label': 'Feedback history',
  'history.screen.mine': 'My history',
  'history.screen.ofPerson': 'History of {name}',
  'history.screen.giveFeedback': 'Give feedback',
  'history.screen.recognise': 'Recognise',
  'history.screen.loading': 'Loading history…',
  'history.screen.loadFailed': 'The history could not load.',
  'history.screen.tryAgain': 'Try again',
  'history.screen.empty': 'Nothing here yet: no feedback, recognition or check-ins.',
  'history.screen.emptyHidden': 'Nothing here yet that you can see: no feedback, recognition.',
  'history.screen.timeline': 'Timeline, newest first',
  'history.screen.loadingMore': 'Loading…',
  'history.screen.loadMore': 'Load more',
  'history.screen.formerMember': 'Former member',

  'history.picker.label': 'Person',
  'history.picker.me': '{name} (me)',
  'history.picker.left': '{name} (left)',

  'history.checkIn.title': 'Check-in {week}',
  'history.checkIn.confidence': 'Confidence {confidence}/5 · {when}',
  'history.checkIn.wins': 'Wins',
  'history.checkIn.blockers': 'Blockers',

  'history.feedback.received': 'Feedback received',
  'history.feedback.given': 'Feedback given',
  'history.feedback.private': 'Private',
  'history.feedback.situation': 'Situation',
  'history.feedback.behaviour': 'Behaviour',
  'history.feedback.impact': 'Impact',

  'history.recognition.received': 'Recognition received',
  'history.recognition.given': 'Recognition given',

  'history.link.task': 'Task: {title}',
  'history.link.removedTask': 'Task: a removed task',
  'history.link.goal': 'Goal: {statement}',
  'history.link.removedGoal': 'Goal: a removed goal',

  'history.feedbackDialog.title': 'Give feedback',
  'history.feedbackDialog.failed': 'The feedback could not be sent. Try again.',
  'history.feedbackDialog.to': 'To',
  'history.feedbackDialog.situationPlaceholder': 'When and where: "In Tuesday’s release review…"',
  'history.feedbackDialog.behaviourPlaceholder': 'What they did or said, as you saw it',
  'history.feedbackDialog.impactPlaceholder': 'What it led to, for you, the team or customers',
  'history.feedbackDialog.about': 'About (optional)',
  'history.feedbackDialog.visibility': 'Who can see it',
  'history.feedbackDialog.private': 'Private (them, you and leaders)',
  'history.feedbackDialog.team': 'Team',
  'history.feedbackDialog.sending': 'Sending…',
  'history.feedbackDialog.sendAnyway': 'Send anyway',
  'history.feedbackDialog.send': 'Send feedback',

  'history.link.none': 'Nothing in particular',
  'history.link.goals': 'Goals',
  'history.link.tasks': 'Tasks',
  'history.dialog.cancel': 'Cancel',

  'history.nudge.specific': 'Specific and observable: ready to send.',
  'history.nudge.title': 'Make it specific',
  'history.nudge.hints': {
    one: 'One hint on the fields above: name the moment, what was done and what it led to.',
    other: '{count} hints on the fields above: name the moment, what was done and what it led to.',
  },
  'history.nudge.confirm': 'Send anyway? Press “Send anyway” to confirm.',

  'history.specificity.tooShort': 'Add detail: at least {count} words.',
  'history.specificity.vaguePhrase':
    '"{phrase}" does not say what happened: name the moment and what exactly was done.',
  'history.specificity.absolute': '"{phrase}" invites debate: describe one specific occasion instead.',
  'history.specificity.label': '"{phrase}" labels the person: describe the behaviour you saw instead.',
  'history.specificity.noObservation':
    'Anchor it in something you saw or heard: when, where, what happened ("In Tuesday\'s demo…").',

  'history.recognitionDialog.title': 'Recognise a teammate',
  'history.recognitionDialog.intro': 'Posted in the team’s channel, with an @mention of everyone you pick.',
  'history.recognitionDialog.failed': 'The recognition could not be sent. Try again.',
  'history.recognitionDialog.who': 'Who',
  'history.recognitionDialog.tooMany': 'At most {count} people at a time.',
  'history.recognitionDialog.picked': 'People picked',
  'history.recognitionDialog.addPeople': 'Add people',
  'history.recognitionDialog.typeName': 'Type a name',
  'history.recognitionDialog.full': 'At most {count} people',
  'history.recognitionDialog.noMatch': 'No one matches',
  'history.recognitionDialog.value': 'Value',
  'history.recognitionDialog.message': 'Message',
  'history.recognitionDialog.messageHint': 'What did they do, and what difference did it make?',
  'history.recognitionDialog.link': 'Linked task or goal (optional)',
  'history.recognitionDialog.posting': 'Posting…',
  'history.recognitionDialog.post': 'Post recognition',

  'history.notice.dismiss': 'Dismiss',
  'history.notice.postedTitle': 'Recognition posted',
  'history.notice.postedDetail': 'It is in the team’s channel, with an @mention of everyone you picked.',
  'history.notice.pendingTitle': 'Recognition saved',
  'history.notice.pendingDetail':
    'Teams is slow to answer right now; it appears in the team’s channel once Teams takes it.',
  'history.notice.notPostedTitle': 'Recognition saved, not posted',
  'history.notice.noChannelDetail':
    'Cadence does not know this team’s channel yet, so it is only in the history here. A leader can add Cadence to the team again.',
  'history.notice.failedDetail':
    'Teams did not accept the post in the team’s channel, so it is only in the history here.',
} as const satisfies Catalog;

export type HistoryKey = keyof typeof history;

export type HistoryT = Translate<HistoryKey>;

export function useHistoryT(): HistoryT {
  return useTranslator(history);
}
