import { Router, type Response } from 'express';
import { CreateGoalRequestSchema, UpdateGoalRequestSchema } from '../../shared/api/goal-requests.ts';
import { createGoal, deleteGoal, updateGoal } from '../services/goal-service.ts';
import type { ServiceContext } from '../services/service-context.ts';
import { requireIfMatch } from './if-match.ts';
import { entityIdParam } from './params.ts';
import { sendStored, versioned } from './send.ts';

export function goalRoutes(context: (res: Response) => ServiceContext): Router {
  const router = Router({ mergeParams: true });
  router.get('/goals', async (_req, res) => {
    const ctx = context(res);
    res.json((await ctx.repos.goals.list(ctx.access.scope)).map(versioned));
  });
  router.post('/goals', async (req, res) => {
    const command = CreateGoalRequestSchema.parse(req.body);
    sendStored(res, await createGoal(context(res), command), 201);
  });
  router.get('/goals/:goalId', async (req, res) => {
    const ctx = context(res);
    sendStored(res, await ctx.repos.goals.require(ctx.access.scope, entityIdParam(req, 'goalId', 'goal')));
  });
  router.patch('/goals/:goalId', async (req, res) => {
    const ifMatch = requireIfMatch(req);
    const command = UpdateGoalRequestSchema.parse(req.body);
    sendStored(res, await updateGoal(context(res), entityIdParam(req, 'goalId', 'goal'), command, ifMatch));
  });
  router.delete('/goals/:goalId', async (req, res) => {
    await deleteGoal(context(res), entityIdParam(req, 'goalId', 'goal'), requireIfMatch(req));
    res.status(204).end();
  });
  return router;
}
