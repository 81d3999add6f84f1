import type { CardVerb } from '../../shared/cards/verbs.ts';
import type { BotDeps } from './bot-deps.ts';
import type { CardActionHandler, CardActionInput, CardActionResult } from './card-action.ts';
import { refreshCheckIn } from './check-in/refresh-check-in-action.ts';
import { submitCheckIn } from './check-in/submit-check-in-action.ts';
import { chooseTeam } from './choose-team-action.ts';
import { sendFeedback } from './feedback/send-feedback-action.ts';
import { sendRecognition } from './recognition/send-recognition-action.ts';
import { requestReviewAction } from './review/request-review-action.ts';
import { submitReview } from './review/submit-review-action.ts';

/** One handler per card verb. */
const CARD_ACTIONS: Record<CardVerb, CardActionHandler> = {
  checkinSubmit: submitCheckIn,
  checkinRefresh: refreshCheckIn,
  recognitionSend: sendRecognition,
  feedbackSend: sendFeedback,
  reviewRequest: requestReviewAction,
  reviewSubmit: submitReview,
  chooseTeam,
};

export function runCardAction(deps: BotDeps, input: CardActionInput): Promise<CardActionResult> {
  return CARD_ACTIONS[input.verb](deps, input);
}
