import { adaptiveCard, plainText, type AdaptiveCard } from './adaptive-card.ts';
import { openUrlAction } from './card-actions.ts';
import type { DeliveryOutcome } from '../api/delivery.ts';

export interface ReviewRequestedInput {
  reviewerName: string;
  taskTitle: string;
  /** How sending the review card to the reviewer went; the request is stored in every case. */
  outcome: DeliveryOutcome;
  taskUrl: string;
}

/** Replaces the reviewer picker once the request is made. */
export function reviewRequestedCard(input: ReviewRequestedInput): AdaptiveCard {
  const name = plainText(input.reviewerName);
  const task = plainText(input.taskTitle);
  const delivered = input.outcome === 'sent' || input.outcome === 'already' || input.outcome === 'pending';
  return adaptiveCard(
    [
      {
        type: 'TextBlock',
        text: delivered
          ? `Review requested from ${name}`
          : `Review request saved, but not delivered to ${name}`,
        weight: 'Bolder',
        wrap: true,
      },
      {
        type: 'TextBlock',
        text: delivered
          ? `${name} has a card to review “${task}”. Their answer comes to you as feedback on the task.`
          : `Teams could not take the card for ${name} now. Ask again later, or ask someone else to review “${task}”.`,
        wrap: true,
        isSubtle: true,
      },
    ],
    { actions: [openUrlAction('Open the task', input.taskUrl)] },
  );
}
