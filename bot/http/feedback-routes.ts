import { Router, type Response } from 'express';
import {
  CreateFeedbackRequestSchema,
  type CreateFeedbackResponse,
} from '../../shared/api/feedback-requests.ts';
import { deliverFeedback, giveFeedback } from '../services/feedback-service.ts';
import type { ServiceContext } from '../services/service-context.ts';
import { idempotencyKeyOf } from './idempotency-key.ts';
import { versioned } from './send.ts';

export function feedbackRoutes(context: (res: Response) => ServiceContext): Router {
  const router = Router({ mergeParams: true });
  router.post('/feedback', async (req, res) => {
    const key = idempotencyKeyOf(req);
    const command = CreateFeedbackRequestSchema.parse(req.body);
    const ctx = context(res);
    const given = await giveFeedback(ctx, command, key);
    // The recipient hears of it in Teams, 1:1, as with feedback given by card; the answer does not wait on
    // Teams, and a replay delivers nothing twice (the delivery is claimed per feedback id).
    void deliverFeedback(ctx, given.feedback.value).catch((error: unknown) => {
      ctx.logger.warn({ err: error, feedbackId: given.feedback.value.id }, 'feedback not delivered');
    });
    const body: CreateFeedbackResponse = {
      feedback: versioned(given.feedback),
      specificity: given.specificity,
    };
    // A replay answers exactly as the first call did; the header only tells the two apart.
    if (given.replayed) res.setHeader('Idempotent-Replayed', 'true');
    res.status(201).setHeader('ETag', given.feedback.etag).json(body);
  });
  return router;
}
