import { Router } from 'express';
import { myWork, type MyWorkDeps } from '../services/my-work-service.ts';
import { callerOf } from './request-context.ts';

/** `/me/work`: the caller's own tasks and check-ins on every team whose roster lists them. */
export function myWorkRoutes(deps: MyWorkDeps): Router {
  const router = Router();
  router.get('/me/work', async (_req, res) => {
    const { tenantId, userId } = callerOf(res);
    res.json(await myWork(deps, { tenantId, userId }));
  });
  return router;
}
