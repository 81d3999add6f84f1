import type { DeliveryOutcome } from '../api/delivery.ts';
import type { Visibility } from '../domain/feedback.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { openUrlAction } from './card-actions.ts';

export type FeedbackSentOutcome = DeliveryOutcome;

export interface FeedbackSentInput {
  recipientName: string;
  visibility: Visibility;
  outcome: FeedbackSentOutcome;
  /** The giver's history in the tab, where the feedback now shows. */
  historyUrl: string;
}

/** Replaces the compose card once the feedback is given: where it went, and whether Teams delivered it. */
export function feedbackSentCard(input: FeedbackSentInput): AdaptiveCard {
  const name = plainText(input.recipientName);
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: headline(input.outcome, name, input.visibility),
      weight: 'Bolder',
      wrap: true,
    },
    { type: 'TextBlock', text: detail(input.outcome, name, input.visibility), wrap: true, isSubtle: true },
  ];
  return adaptiveCard(body, { actions: [openUrlAction('Open history', input.historyUrl)] });
}

function headline(outcome: FeedbackSentOutcome, name: string, visibility: Visibility): string {
  switch (outcome) {
    case 'sent':
      return visibility === 'private' ? `Sent privately to ${name}` : `Sent to ${name}`;
    case 'already':
      return `This feedback was already given to ${name}`;
    case 'pending':
      return `Sending to ${name}`;
    case 'unreachable':
    case 'failed':
      return `Saved, but not delivered to ${name}`;
  }
}

function detail(outcome: FeedbackSentOutcome, name: string, visibility: Visibility): string {
  const seen =
    visibility === 'private'
      ? `Only ${name}, you and team leaders can see it.`
      : 'Everyone on the team can see it in Cadence.';
  if (outcome === 'unreachable') {
    return `Cadence cannot reach ${name} in a chat yet. It is in their history in Cadence. ${seen}`;
  }
  if (outcome === 'pending') {
    return `Teams is slow to answer: the card is still on its way. It is in their history in Cadence either way. ${seen}`;
  }
  if (outcome === 'failed') {
    return `Teams did not take the message for ${name}. It is in their history in Cadence. ${seen}`;
  }
  return seen;
}
