import type { FeedbackField, FeedbackParts } from '../rules/specificity.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { executeAction, openUrlAction } from './card-actions.ts';
import { feedbackFieldInputs, nudgeSummary, type FieldCopy, type FieldNotes } from './feedback-fields.ts';

export interface ReviewRequestCardInput {
  teamId: string;
  reviewId: string;
  teamName: string;
  taskTitle: string;
  requesterName: string;
  note: string;
  /** The task in the tab. */
  taskUrl: string;
  /** What the reviewer typed, kept when the card comes back with notes. */
  values?: Partial<FeedbackParts>;
  notes?: FieldNotes;
}

/** The review's questions, mapped onto the parts every feedback has. */
export const REVIEW_COPY: Record<FeedbackField, FieldCopy> = {
  situation: { label: 'What you looked at', placeholder: 'For example: the release notes draft, on Tuesday' },
  behaviour: {
    label: 'What went well, and what to improve',
    placeholder: 'What they did in the work, as you saw it',
  },
  impact: { label: 'Impact', placeholder: 'What it means for users, the team or the next step' },
};

/**
 * Sent 1:1 to the teammate asked for a review of a finished task. The answer becomes feedback to the
 * requester, linked to the task. Like the feedback card, a vague answer comes back with nudges first.
 */
export function reviewRequestCard(input: ReviewRequestCardInput): AdaptiveCard {
  const notes = input.notes ?? {};
  const nudgeCount = notes.nudges?.length ?? 0;
  const data = { teamId: input.teamId, reviewId: input.reviewId };
  const body: CardElement[] = [
    { type: 'TextBlock', text: 'Review request', weight: 'Bolder', size: 'Medium', wrap: true },
    {
      type: 'TextBlock',
      text: `${plainText(input.requesterName)} asks for your review of “${plainText(input.taskTitle)}”, a finished task in ${plainText(input.teamName)}.`,
      wrap: true,
    },
    ...(input.note
      ? [
          {
            type: 'Container',
            style: 'emphasis',
            items: [
              { type: 'TextBlock', text: 'Their note', weight: 'Bolder', size: 'Small', wrap: true },
              { type: 'TextBlock', text: plainText(input.note), wrap: true },
            ],
          },
        ]
      : []),
    {
      type: 'TextBlock',
      text: 'Your answer goes to them privately as feedback on the task.',
      wrap: true,
      isSubtle: true,
      size: 'Small',
    },
    ...feedbackFieldInputs(REVIEW_COPY, input.values ?? {}, notes),
  ];
  if (nudgeCount > 0) body.push(nudgeSummary(nudgeCount));
  const send = executeAction({ title: 'Send review', verb: 'reviewSubmit', data, style: 'positive' });
  const actions =
    nudgeCount > 0
      ? [
          executeAction({ title: 'Send anyway', verb: 'reviewSubmit', data: { ...data, confirmed: true } }),
          send,
        ]
      : [send];
  return adaptiveCard(body, { actions: [...actions, openUrlAction('Open the task', input.taskUrl)] });
}
