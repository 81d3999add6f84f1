import { z } from 'zod';
import { UserIdSchema } from '../domain/ids.ts';
import { LIMITS } from '../domain/limits.ts';
import type { ReviewRequest } from '../domain/review-request.ts';
import { optionalText } from '../domain/text.ts';
import type { DeliveryOutcome } from './delivery.ts';
import type { Versioned } from './versioned.ts';

/** `POST …/tasks/:taskId/review-requests`: the caller asks a teammate to review a finished task. */
export const CreateReviewRequestSchema = z.strictObject({
  reviewerId: UserIdSchema,
  /** What the reviewer should look at; optional. */
  note: optionalText(LIMITS.shortText),
});

export interface CreateReviewRequestResponse {
  reviewRequest: Versioned<ReviewRequest>;
  /** Whether the reviewer's card reached them; the request is stored in every case. */
  delivery: DeliveryOutcome;
}

/** `GET …/tasks/:taskId/review-requests`: the ones the caller may see (theirs, or all for a leader). */
export interface ListReviewRequestsResponse {
  reviewRequests: Versioned<ReviewRequest>[];
}

export type CreateReviewRequest = z.input<typeof CreateReviewRequestSchema>;
export type CreateReviewRequestCommand = z.output<typeof CreateReviewRequestSchema>;
