import type { DeliveryOutcome } from '../api/delivery.ts';
import type { SupportedLocale } from '../i18n/locales.ts';
import { adaptiveCard, plainText, type AdaptiveCard } from './adaptive-card.ts';
import { openUrlAction } from './card-actions.ts';
import { reviewText } from './i18n/review-text.ts';

export interface ReviewAnsweredInput {
  requesterName: string;
  taskTitle: string;
  /** How delivering the review to the requester went; `already` when the review was answered before. */
  outcome: DeliveryOutcome;
  taskUrl: string;
  /** The reviewer's language. */
  locale: SupportedLocale;
}

/** Replaces the reviewer's card once the review is stored as feedback. */
export function reviewAnsweredCard(input: ReviewAnsweredInput): AdaptiveCard {
  const t = reviewText(input.locale);
  const name = plainText(input.requesterName);
  const task = plainText(input.taskTitle);
  const headline = t(
    input.outcome === 'already'
      ? 'card.review.answered.already'
      : input.outcome === 'sent' || input.outcome === 'pending'
        ? 'card.review.answered.sent'
        : 'card.review.answered.notDelivered',
    { name },
  );
  const detail = t(
    input.outcome === 'unreachable' || input.outcome === 'failed'
      ? 'card.review.answered.notDeliveredDetail'
      : 'card.review.answered.detail',
    { name, task },
  );
  return adaptiveCard(
    [
      { type: 'TextBlock', text: headline, weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: detail, wrap: true, isSubtle: true },
    ],
    { actions: [openUrlAction(t('card.review.openTask'), input.taskUrl)] },
  );
}
