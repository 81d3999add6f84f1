import { Router, type Response } from 'express';
import { HistoryQuerySchema } from '../../shared/api/history.ts';
import { UserIdSchema } from '../../shared/domain/ids.ts';
import { personHistory } from '../services/history-service.ts';
import type { ServiceContext } from '../services/service-context.ts';
import { notFound } from './http-error.ts';

export function historyRoutes(context: (res: Response) => ServiceContext): Router {
  const router = Router({ mergeParams: true });
  router.get('/people/:userId/history', async (req, res) => {
    const page = HistoryQuerySchema.parse(req.query);
    const personId = UserIdSchema.safeParse(req.params['userId']);
    if (!personId.success) throw notFound('person');
    res.json(await personHistory(context(res), personId.data, page));
  });
  return router;
}
