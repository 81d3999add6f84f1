import { Router, type Response } from 'express';
import {
  CreateRecognitionRequestSchema,
  type CreateRecognitionResponse,
} from '../../shared/api/recognition-requests.ts';
import { giveRecognition } from '../services/recognition-service.ts';
import type { ServiceContext } from '../services/service-context.ts';
import { idempotencyKeyOf } from './idempotency-key.ts';
import { versioned } from './send.ts';

export function recognitionRoutes(context: (res: Response) => ServiceContext): Router {
  const router = Router({ mergeParams: true });
  router.post('/recognition', async (req, res) => {
    const key = idempotencyKeyOf(req);
    const command = CreateRecognitionRequestSchema.parse(req.body);
    const given = await giveRecognition(context(res), command, key);
    const body: CreateRecognitionResponse = {
      recognition: versioned(given.recognition),
      posted: given.delivery === 'posted',
      delivery: given.delivery,
    };
    // Stored whether or not the channel post went out: a post that failed is told, not an error.
    if (given.replayed) res.setHeader('Idempotent-Replayed', 'true');
    res.status(201).setHeader('ETag', given.recognition.etag).json(body);
  });
  return router;
}
