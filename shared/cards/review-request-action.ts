import type { CardElement } from './adaptive-card.ts';
import { executeAction } from './card-actions.ts';

/**
 * The data of the `reviewRequest` verb as another card starts it (for example the `tasks` card, on a done
 * task): the bot answers with a card to pick the reviewer. The picker adds `draftId` and its inputs.
 */
export interface ReviewRequestActionData {
  teamId: string;
  taskId: string;
}

/** A "Request a review" button (`title`, in the reader's language) for a done task, for any card that lists tasks. */
export function reviewRequestAction(data: ReviewRequestActionData, title: string): CardElement {
  return executeAction({ title, verb: 'reviewRequest', data: { teamId: data.teamId, taskId: data.taskId } });
}
