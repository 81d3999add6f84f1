import type { DeliveryOutcome } from '../api/delivery.ts';
import type { SupportedLocale } from '../i18n/locales.ts';
import { adaptiveCard, plainText, type AdaptiveCard } from './adaptive-card.ts';
import { openUrlAction } from './card-actions.ts';
import { reviewText } from './i18n/review-text.ts';

export interface ReviewRequestedInput {
  reviewerName: string;
  taskTitle: string;
  /** How sending the review card to the reviewer went; the request is stored in every case. */
  outcome: DeliveryOutcome;
  taskUrl: string;
  /** The requester's language. */
  locale: SupportedLocale;
}

/** Replaces the reviewer picker once the request is made. */
export function reviewRequestedCard(input: ReviewRequestedInput): AdaptiveCard {
  const t = reviewText(input.locale);
  const name = plainText(input.reviewerName);
  const task = plainText(input.taskTitle);
  const delivered = input.outcome === 'sent' || input.outcome === 'already' || input.outcome === 'pending';
  return adaptiveCard(
    [
      {
        type: 'TextBlock',
        text: t(delivered ? 'card.review.requested.title' : 'card.review.requested.notDeliveredTitle', {
          name,
        }),
        weight: 'Bolder',
        wrap: true,
      },
      {
        type: 'TextBlock',
        text: t(delivered ? 'card.review.requested.detail' : 'card.review.requested.notDeliveredDetail', {
          name,
          task,
        }),
        wrap: true,
        isSubtle: true,
      },
    ],
    { actions: [openUrlAction(t('card.review.openTask'), input.taskUrl)] },
  );
}
