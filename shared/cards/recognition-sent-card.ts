import type { RecognitionDelivery } from '../api/recognition-requests.ts';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card.ts';
import { executeAction, openUrlAction, type ActionData } from './card-actions.ts';

export interface RecognitionSentInput {
  teamName: string;
  delivery: RecognitionDelivery;
  /** E.g. "🎯 Ownership for Bob and Carol". */
  summary: string;
  /** The person's history in the tab, where the recognition shows whatever became of the post. */
  historyUrl: string;
  /** When it was not posted: the compose card's data, to press again (the same draft posts at most once). */
  retry?: ActionData;
}

function outcome(delivery: RecognitionDelivery, team: string): { title: string; detail: string } {
  switch (delivery) {
    case 'posted':
      return { title: `Recognition posted in ${team}`, detail: 'Everyone you picked was @mentioned.' };
    case 'pending':
      return {
        title: 'Recognition saved, still being posted',
        detail: `Teams is slow to answer; it appears in ${team}’s channel once Teams takes it. It is in the Cadence history already.`,
      };
    case 'noChannel':
      return {
        title: 'Recognition saved, not posted',
        detail: `Cadence does not know ${team}’s channel yet: a leader can add Cadence to the team again. It is in the Cadence history.`,
      };
    case 'failed':
      return {
        title: 'Recognition saved, not posted',
        detail: `Teams did not accept the post in ${team}’s channel. It is in the Cadence history; you can try posting again.`,
      };
  }
}

/** Replaces the compose card once the recognition is stored: where it went, or why it is not there. */
export function recognitionSentCard(input: RecognitionSentInput): AdaptiveCard {
  const { title, detail } = outcome(input.delivery, plainText(input.teamName));
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: title,
      weight: 'Bolder',
      size: 'Medium',
      color: input.delivery === 'posted' ? 'Good' : 'Warning',
      wrap: true,
    },
    { type: 'TextBlock', text: plainText(input.summary), wrap: true },
    { type: 'TextBlock', text: detail, isSubtle: true, wrap: true },
  ];
  const actions: CardElement[] = [];
  if (input.retry && input.delivery !== 'posted') {
    actions.push(executeAction({ title: 'Try posting again', verb: 'recognitionSend', data: input.retry }));
  }
  actions.push(openUrlAction('Open history', input.historyUrl));
  return adaptiveCard(body, { actions });
}
