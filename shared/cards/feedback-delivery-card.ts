import type { Visibility } from '../domain/feedback.ts';
import type { SupportedLocale } from '../i18n/locales.ts';
import type { FeedbackField, FeedbackParts } from '../rules/specificity.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { openUrlAction } from './card-actions.ts';
import { FEEDBACK_FIELDS } from './feedback-fields.ts';
import { feedbackText } from './i18n/feedback-text.ts';
import { clipTitle } from './pick-choices.ts';

export interface FeedbackDeliveryInput extends FeedbackParts {
  giverName: string;
  teamName: string;
  /** `review`: the answer to a review the recipient asked for. */
  source: 'tab' | 'card' | 'review';
  visibility: Visibility;
  /** The task or goal it is about, with a link into the tab (the task itself, or the board for a goal). */
  about?: { kind: 'task' | 'goal'; title: string; url: string };
  /** The recipient's history in the tab, where the whole text always is. */
  historyUrl: string;
  /** The recipient's language. */
  locale: SupportedLocale;
}

/**
 * Each part shows at most this many characters: with escaping, three parts at the 4,000-character limit
 * could pass the card's size budget, and the whole text is one click away in the history.
 */
export const DELIVERY_PART_MAX = 2500;

const HEADINGS = {
  situation: 'card.feedback.field.situation',
  behaviour: 'card.feedback.field.behaviour',
  impact: 'card.feedback.field.impact',
} as const satisfies Record<FeedbackField, string>;

/** Feedback as its recipient gets it, 1:1: from whom, situation, behaviour, impact, and what it is about. */
export function feedbackDeliveryCard(input: FeedbackDeliveryInput): AdaptiveCard {
  const t = feedbackText(input.locale);
  const giver = plainText(input.giverName);
  const title =
    input.source === 'review' && input.about
      ? t('card.feedback.delivery.reviewed', { giver, task: plainText(input.about.title) })
      : t('card.feedback.delivery.from', { giver });
  const body: CardElement[] = [
    { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
    {
      type: 'TextBlock',
      text: `${plainText(input.teamName)} · ${t(
        input.visibility === 'private' ? 'card.feedback.delivery.private' : 'card.feedback.delivery.team',
      )}`,
      wrap: true,
      isSubtle: true,
      size: 'Small',
      spacing: 'None',
    },
  ];
  let clipped = false;
  for (const field of FEEDBACK_FIELDS) {
    const text = clipTitle(input[field], DELIVERY_PART_MAX);
    clipped ||= text !== input[field];
    body.push(
      { type: 'TextBlock', text: t(HEADINGS[field]), weight: 'Bolder', wrap: true, spacing: 'Medium' },
      { type: 'TextBlock', text: plainText(text), wrap: true, spacing: 'Small' },
    );
  }
  if (clipped) {
    body.push({
      type: 'TextBlock',
      text: t('card.feedback.delivery.shortened'),
      wrap: true,
      isSubtle: true,
      size: 'Small',
    });
  }
  if (input.about) {
    body.push({
      type: 'TextBlock',
      text: t(
        input.about.kind === 'task' ? 'card.feedback.delivery.aboutTask' : 'card.feedback.delivery.aboutGoal',
        { title: plainText(clipTitle(input.about.title, 200)) },
      ),
      wrap: true,
      spacing: 'Medium',
    });
  }
  const actions = [
    // The tab opens a task directly; a goal is found from the board.
    ...(input.about
      ? [
          openUrlAction(
            t(
              input.about.kind === 'task'
                ? 'card.feedback.delivery.openTask'
                : 'card.feedback.delivery.openCadence',
            ),
            input.about.url,
          ),
        ]
      : []),
    openUrlAction(t('card.feedback.delivery.openMyHistory'), input.historyUrl),
  ];
  return adaptiveCard(body, { actions });
}
