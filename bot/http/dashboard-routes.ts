import { Router, type Response } from 'express';
import { DashboardQuerySchema } from '../../shared/api/dashboard.ts';
import { teamDashboard } from '../services/dashboard-service.ts';
import type { ServiceContext } from '../services/service-context.ts';

export function dashboardRoutes(context: (res: Response) => ServiceContext): Router {
  const router = Router({ mergeParams: true });
  router.get('/dashboard', async (req, res) => {
    const { weeks } = DashboardQuerySchema.parse(req.query);
    res.json(await teamDashboard(context(res), weeks));
  });
  return router;
}
