import type { DeliveryOutcome } from '../api/delivery.ts';
import type { Visibility } from '../domain/feedback.ts';
import type { SupportedLocale } from '../i18n/locales.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { openUrlAction } from './card-actions.ts';
import { feedbackText, type FeedbackT } from './i18n/feedback-text.ts';

export type FeedbackSentOutcome = DeliveryOutcome;

export interface FeedbackSentInput {
  recipientName: string;
  visibility: Visibility;
  outcome: FeedbackSentOutcome;
  /** The giver's history in the tab, where the feedback now shows. */
  historyUrl: string;
  /** The giver's language. */
  locale: SupportedLocale;
}

/** Replaces the compose card once the feedback is given: where it went, and whether Teams delivered it. */
export function feedbackSentCard(input: FeedbackSentInput): AdaptiveCard {
  const t = feedbackText(input.locale);
  const name = plainText(input.recipientName);
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: headline(t, input.outcome, name, input.visibility),
      weight: 'Bolder',
      wrap: true,
    },
    { type: 'TextBlock', text: detail(t, input.outcome, name, input.visibility), wrap: true, isSubtle: true },
  ];
  return adaptiveCard(body, {
    actions: [openUrlAction(t('card.feedback.sent.openHistory'), input.historyUrl)],
  });
}

function headline(t: FeedbackT, outcome: FeedbackSentOutcome, name: string, visibility: Visibility): string {
  switch (outcome) {
    case 'sent':
      return t(visibility === 'private' ? 'card.feedback.sent.sentPrivately' : 'card.feedback.sent.sent', {
        name,
      });
    case 'already':
      return t('card.feedback.sent.already', { name });
    case 'pending':
      return t('card.feedback.sent.pending', { name });
    case 'unreachable':
    case 'failed':
      return t('card.feedback.sent.notDelivered', { name });
  }
}

function detail(t: FeedbackT, outcome: FeedbackSentOutcome, name: string, visibility: Visibility): string {
  const seen =
    visibility === 'private'
      ? t('card.feedback.sent.seenPrivate', { name })
      : t('card.feedback.sent.seenTeam');
  if (outcome === 'unreachable') return t('card.feedback.sent.unreachableDetail', { name, seen });
  if (outcome === 'pending') return t('card.feedback.sent.pendingDetail', { seen });
  if (outcome === 'failed') return t('card.feedback.sent.failedDetail', { name, seen });
  return seen;
}
