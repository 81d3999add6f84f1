import type { Catalog } from '../../../i18n/message.ts';

/**
 * The bot's text replies of the tasks, recognition, feedback and review handlers, the input labels and
 * the problems they name next to a field, in American English: the default, and the keys other
 * languages translate. A problem is the end of a sentence that starts with the field's label.
 */
export const repliesWork = {
  'card.repliesWork.recognition.noTeammates':
    'There is no one else on this team in Cadence yet: once teammates join, you can recognise them here.',
  'card.repliesWork.recognition.sentPrivately':
    'I sent you a card in our 1:1 chat. Pick who to recognise there, and I will post it in the team’s channel.',
  'card.repliesWork.recognition.outOfDate':
    'This card is out of date. Type recognize to write a new recognition.',
  'card.repliesWork.recognition.sentDifferently':
    'This card already posted a different recognition. Type recognize to write a new one.',
  'card.repliesWork.feedback.sentPrivately':
    'I sent you the feedback card in our 1:1 chat: feedback is private, so it is written there, not here.',
  'card.repliesWork.feedback.notSent':
    'Feedback is private, so I write it with you in a 1:1 chat, but I could not open one. Open a chat with Cadence and type feedback there.',
  'card.repliesWork.feedback.outOfDate': 'This feedback card is out of date. Type feedback to start again.',
  'card.repliesWork.review.outOfDate': 'This card is out of date. Type tasks to start again.',
  'card.repliesWork.review.taskGone': 'This task no longer exists.',
  'card.repliesWork.review.onlyAssignee': 'Only the task’s assignee or a leader can ask for a review of it.',
  'card.repliesWork.review.notDone': '“{task}” is not done yet: ask for a review once it is finished.',
  'card.repliesWork.review.taskNotDone': 'The task is not done yet: ask for a review once it is finished.',
  'card.repliesWork.review.cardOutOfDate': 'This review card is out of date.',
  'card.repliesWork.review.gone': 'This review request no longer exists.',
  'card.repliesWork.review.onlyReviewer': 'Only the teammate asked for this review can answer it.',
  'card.repliesWork.review.declined': 'This review request was declined.',
  'card.repliesWork.review.requesterGone':
    'The person who asked is no longer on the team: the review cannot go to them.',
  'card.repliesWork.label.field': 'This field',
  'card.repliesWork.label.recipient': 'The recipient',
  'card.repliesWork.label.work': 'The task or goal',
  'card.repliesWork.label.visibility': 'Visibility',
  'card.repliesWork.label.reviewer': 'The reviewer',
  'card.repliesWork.label.note': 'The note',
  'card.repliesWork.problem.empty': 'must not be empty',
  'card.repliesWork.problem.tooLong': 'must be at most {max} characters',
  'card.repliesWork.problem.noPerson': 'must name at least one person',
  'card.repliesWork.problem.tooManyPeople': 'must name at most {max} people',
  'card.repliesWork.problem.notMember': 'is not a member of this team',
  'card.repliesWork.problem.notTask': 'is not a task of this team',
  'card.repliesWork.problem.notGoal': 'is not a goal of this team',
  'card.repliesWork.problem.notWork': 'is not a task or goal of this team',
  'card.repliesWork.problem.notValue': 'is not one of this team’s values',
  'card.repliesWork.problem.notOnTeam': 'includes someone who is not on this team',
  'card.repliesWork.problem.notYou': 'must not include you: recognise someone else',
  'card.repliesWork.problem.feedbackSelf': 'must be someone else: feedback goes to a teammate',
  'card.repliesWork.problem.reviewSelf': 'must be someone else: a review comes from a teammate',
  'card.repliesWork.problem.reviewAssignee': 'must be someone other than the task’s assignee',
  'card.repliesWork.problem.invalid': 'is not valid',
} as const satisfies Catalog;
