import type { SupportedLocale } from '../i18n/locales.ts';
import type { FeedbackField, FeedbackParts } from '../rules/specificity.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { executeAction, openUrlAction } from './card-actions.ts';
import { feedbackFieldInputs, nudgeSummary, type FieldCopy, type FieldNotes } from './feedback-fields.ts';
import { reviewText, type ReviewT } from './i18n/review-text.ts';

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
  /** The reviewer's language. */
  locale: SupportedLocale;
}

/** The review's questions in the reader's language, mapped onto the parts every feedback has. */
function reviewCopy(t: ReviewT): Record<FeedbackField, FieldCopy> {
  return {
    situation: {
      label: t('card.review.request.situation'),
      placeholder: t('card.review.request.situationPlaceholder'),
    },
    behaviour: {
      label: t('card.review.request.behaviour'),
      placeholder: t('card.review.request.behaviourPlaceholder'),
    },
    impact: {
      label: t('card.review.request.impact'),
      placeholder: t('card.review.request.impactPlaceholder'),
    },
  };
}

/**
 * Sent 1:1 to the teammate asked for a review of a finished task. The answer becomes feedback to the
 * requester, linked to the task. Like the feedback card, a vague answer comes back with nudges first.
 */
export function reviewRequestCard(input: ReviewRequestCardInput): AdaptiveCard {
  const { locale } = input;
  const t = reviewText(locale);
  const notes = input.notes ?? {};
  const nudgeCount = notes.nudges?.length ?? 0;
  const data = { teamId: input.teamId, reviewId: input.reviewId };
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: t('card.review.request.title'),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    {
      type: 'TextBlock',
      text: t('card.review.request.intro', {
        requester: plainText(input.requesterName),
        task: plainText(input.taskTitle),
        team: plainText(input.teamName),
      }),
      wrap: true,
    },
    ...(input.note
      ? [
          {
            type: 'Container',
            style: 'emphasis',
            items: [
              {
                type: 'TextBlock',
                text: t('card.review.request.theirNote'),
                weight: 'Bolder',
                size: 'Small',
                wrap: true,
              },
              { type: 'TextBlock', text: plainText(input.note), wrap: true },
            ],
          },
        ]
      : []),
    {
      type: 'TextBlock',
      text: t('card.review.request.private'),
      wrap: true,
      isSubtle: true,
      size: 'Small',
    },
    ...feedbackFieldInputs(reviewCopy(t), input.values ?? {}, notes, locale),
  ];
  if (nudgeCount > 0) body.push(nudgeSummary(nudgeCount, locale));
  const send = executeAction({
    title: t('card.review.request.send'),
    verb: 'reviewSubmit',
    data,
    style: 'positive',
  });
  const actions =
    nudgeCount > 0
      ? [
          executeAction({
            title: t('card.review.request.sendAnyway'),
            verb: 'reviewSubmit',
            data: { ...data, confirmed: true },
          }),
          send,
        ]
      : [send];
  return adaptiveCard(body, {
    actions: [...actions, openUrlAction(t('card.review.openTask'), input.taskUrl)],
  });
}
