import { adaptiveCard, plainText, type AdaptiveCard } from './adaptive-card.ts';
import { openUrlAction } from './card-actions.ts';
import type { DeliveryOutcome } from '../api/delivery.ts';

export interface ReviewAnsweredInput {
  requesterName: string;
  taskTitle: string;
  /** How delivering the review to the requester went; `already` when the review was answered before. */
  outcome: DeliveryOutcome;
  taskUrl: string;
}

/** Replaces the reviewer's card once the review is stored as feedback. */
export function reviewAnsweredCard(input: ReviewAnsweredInput): AdaptiveCard {
  const name = plainText(input.requesterName);
  const headline =
    input.outcome === 'already'
      ? `You already answered this review for ${name}`
      : input.outcome === 'sent' || input.outcome === 'pending'
        ? `Thanks — sent to ${name}`
        : `Thanks — saved, but not delivered to ${name}`;
  const detail =
    input.outcome === 'unreachable' || input.outcome === 'failed'
      ? `Teams could not take the message now. ${name} sees your review of “${plainText(input.taskTitle)}” in their Cadence history.`
      : `Your review of “${plainText(input.taskTitle)}” is in ${name}’s feedback history, linked to the task.`;
  return adaptiveCard(
    [
      { type: 'TextBlock', text: headline, weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: detail, wrap: true, isSubtle: true },
    ],
    { actions: [openUrlAction('Open the task', input.taskUrl)] },
  );
}
