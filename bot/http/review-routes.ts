import { Router, type Response } from 'express';
import {
  CreateReviewRequestSchema,
  type CreateReviewRequestResponse,
  type ListReviewRequestsResponse,
} from '../../shared/api/review-requests.ts';
import { listReviewRequests, requestReview } from '../services/review-service.ts';
import type { ServiceContext } from '../services/service-context.ts';
import { idempotencyKeyOf } from './idempotency-key.ts';
import { entityIdParam } from './params.ts';
import { versioned } from './send.ts';

/** `…/tasks/:taskId/review-requests`: ask a teammate to review a finished task; see the task's requests. */
export function reviewRoutes(context: (res: Response) => ServiceContext): Router {
  const router = Router({ mergeParams: true });
  const path = '/tasks/:taskId/review-requests';
  router.get(path, async (req, res) => {
    const reviews = await listReviewRequests(context(res), entityIdParam(req, 'taskId', 'task'));
    const body: ListReviewRequestsResponse = { reviewRequests: reviews.map(versioned) };
    res.json(body);
  });
  router.post(path, async (req, res) => {
    const taskId = entityIdParam(req, 'taskId', 'task');
    const key = idempotencyKeyOf(req);
    const command = CreateReviewRequestSchema.parse(req.body);
    const made = await requestReview(context(res), taskId, command, key);
    const body: CreateReviewRequestResponse = {
      reviewRequest: versioned(made.review),
      delivery: made.delivery,
    };
    if (made.replayed) res.setHeader('Idempotent-Replayed', 'true');
    res.status(201).setHeader('ETag', made.review.etag).json(body);
  });
  return router;
}
